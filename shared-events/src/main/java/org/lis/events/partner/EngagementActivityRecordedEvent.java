package org.lis.events.partner;

import org.lis.events.common.ConcernsPartner;

import org.lis.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/** Engagement outside a workshop; {@code programmeId} may be null for engagement not tied to one. */
public record EngagementActivityRecordedEvent(String partnerId, String activityId, ActivityKind kind,
                                              LocalDate occurredOn, String summary, String programmeId,
                                              List<Theme> themes) implements ConcernsPartner {

    public EngagementActivityRecordedEvent {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
