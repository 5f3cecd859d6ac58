package org.lis.engagement.partner.command;

import java.util.Locale;

/** Two partners cannot share a name once case and spacing are ignored; this is the form compared. */
public final class PartnerNames {

    private PartnerNames() {
    }

    public static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
