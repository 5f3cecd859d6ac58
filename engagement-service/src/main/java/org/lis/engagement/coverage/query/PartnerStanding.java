package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevel;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where one partner stood with a programme at an as-of date, as recorded by an instant, with the
 * classification in force at that date.
 */
public record PartnerStanding(PartnerVersion classification, EngagementLevel level, int invitations,
                             int attendances, int feedbackCount, int activities, LocalDate firstEngagedOn,
                             LocalDate lastEngagedOn, Set<String> engagedPhases, Set<String> hypothesesFedBack) {

    public String partnerId() {
        return classification.partnerId();
    }

    public boolean engaged() {
        return level.engaged();
    }
}
