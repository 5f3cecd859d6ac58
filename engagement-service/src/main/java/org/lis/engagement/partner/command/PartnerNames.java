package org.lis.engagement.partner.command;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Two partners cannot share a name once case and spacing are ignored; this is the form compared.
 * Names are pasted from letters and web pages: NFKC makes a no-break space a space and an accent typed
 * as a separate mark the same letter as the composed one, and every kind of Unicode space counts.
 */
public final class PartnerNames {

    private static final Pattern SPACING = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private PartnerNames() {
    }

    public static String normalise(String name) {
        String spaced = SPACING.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll(" ");
        return spaced.strip().toLowerCase(Locale.ROOT);
    }
}
