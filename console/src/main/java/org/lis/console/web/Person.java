package org.lis.console.web;

import java.util.Set;

/** The person signed in, as the host's security knows them: a username and OFFICER, FACILITATOR or BOARD roles. */
public record Person(String username, Set<String> roles) {

    public static final Person NOBODY = new Person(null, Set.of());

    public boolean signedIn() {
        return username != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Only the board adopts a programme's strategy. */
    public boolean mayAdopt() {
        return has("BOARD");
    }

    /** The audit trail is for officers and the board. */
    public boolean mayAudit() {
        return has("OFFICER") || has("BOARD");
    }

    /** The outbox of the local mail server is for officers, who send invitations. */
    public boolean mayReadOutbox() {
        return has("OFFICER");
    }

    /** Refuses the page unless the person has one of {@code allowed}. */
    public Person require(String... allowed) {
        for (String role : allowed) {
            if (has(role)) {
                return this;
            }
        }
        throw new NoAccess();
    }
}
