package org.lis.console.web;

/** The person's role may not use the page: shown as "You do not have access", status 403. */
public class NoAccess extends RuntimeException {

    public NoAccess() {
        super("The signed-in person's role may not use this page");
    }
}
