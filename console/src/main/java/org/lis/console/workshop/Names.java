package org.lis.console.workshop;

import java.util.Locale;

/** Partner names as a search compares them: case and runs of spaces ignored, as the register does. */
final class Names {

    private Names() {
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
