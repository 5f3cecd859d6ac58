package org.lis.console;

/** Marks the console's root package for component scanning. */
public final class ConsolePackage {

    private ConsolePackage() {
    }
}
