package org.lis.engagement.activity.query;

import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/** One engagement activity recorded with a partner, as the Location of its creation names it. */
public record ActivityView(String id, String partnerId, ActivityKind kind, LocalDate occurredOn, String summary,
                           String programmeId, List<Theme> themes) {
}
