package org.lis.events.activity;

import org.lis.events.common.ConcernsPartners;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Engagement outside a workshop with one or more partners at once (a round table with a university and civil
 * servants), recorded once on the activity itself; {@code programmeId} may be null for engagement not tied to one.
 * Activities recorded before an activity could name several partners are {@code EngagementActivityRecordedEvent}s.
 */
public record ActivityRecordedEvent(String activityId, List<String> partnerIds, ActivityKind kind,
                                    LocalDate occurredOn, String summary, String programmeId,
                                    List<Theme> themes) implements ConcernsPartners {

    public ActivityRecordedEvent {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
