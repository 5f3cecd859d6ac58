package org.lis.engagement.partner.query;

import java.util.List;

/** A partner's level today and the workshop engagement recorded for it (invitations to feedback). */
public record PartnerEngagement(EngagementLevel level, List<HistoryEntry> workshopHistory) {

    public static final PartnerEngagement NONE = new PartnerEngagement(EngagementLevel.NONE, List.of());
}
