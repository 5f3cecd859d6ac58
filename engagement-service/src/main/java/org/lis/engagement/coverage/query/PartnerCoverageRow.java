package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevel;

import java.time.LocalDate;
import java.util.List;

/** One partner's line in the board's coverage table. */
public record PartnerCoverageRow(String partnerId, String name, String type, List<String> sectors,
                                 List<String> themes, String district, boolean keyPartner, EngagementLevel level,
                                 int invitations, int attendances, int feedbackCount, int activities,
                                 LocalDate firstEngagedOn, LocalDate lastEngagedOn, int consultationResponses) {

    /** A row without consultation responses. */
    public PartnerCoverageRow(String partnerId, String name, String type, List<String> sectors, List<String> themes,
                              String district, boolean keyPartner, EngagementLevel level, int invitations,
                              int attendances, int feedbackCount, int activities, LocalDate firstEngagedOn,
                              LocalDate lastEngagedOn) {
        this(partnerId, name, type, sectors, themes, district, keyPartner, level, invitations, attendances,
                feedbackCount, activities, firstEngagedOn, lastEngagedOn, 0);
    }

    public static PartnerCoverageRow of(PartnerStanding s) {
        PartnerVersion c = s.classification();
        return new PartnerCoverageRow(s.partnerId(), c.name(), c.type(), c.sectors(), c.themes(), c.district(),
                c.keyPartner(), s.level(), s.invitations(), s.attendances(), s.feedbackCount(), s.activities(),
                s.firstEngagedOn(), s.lastEngagedOn(), s.consultationResponses());
    }
}
