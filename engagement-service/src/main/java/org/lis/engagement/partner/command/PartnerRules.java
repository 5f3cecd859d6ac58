package org.lis.engagement.partner.command;

import org.lis.support.error.DomainException;
import org.lis.events.partner.PartnerClassification;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static org.lis.engagement.EngagementError.INVALID_PARTNER;

/** The checks registration and update share, so both refuse the same profiles. */
final class PartnerRules {

    /** Lower-case kebab-case: "space", "creative-industries", "high-performance-engineering". */
    private static final Pattern SECTOR_TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private PartnerRules() {
    }

    static void checkProfile(String name, PartnerClassification classification, LocalDate effectiveOn) {
        if (name == null || name.isBlank()) {
            throw new DomainException(INVALID_PARTNER, "name", "name: a partner needs a non-blank name");
        }
        if (classification == null || classification.type() == null) {
            throw new DomainException(INVALID_PARTNER, "type", "type: a partner needs a type");
        }
        for (int i = 0; i < classification.sectors().size(); i++) {
            String sector = classification.sectors().get(i);
            if (sector == null || !SECTOR_TAG.matcher(sector).matches()) {
                throw new DomainException(INVALID_PARTNER, "sectors[" + i + "]",
                        "sectors: '" + sector + "' is not a lower-case kebab-case tag such as 'creative-industries'");
            }
        }
        if (effectiveOn == null) {
            throw new DomainException(INVALID_PARTNER, "effectiveOn", "effectiveOn: a classification needs the date it is in force from");
        }
    }
}
