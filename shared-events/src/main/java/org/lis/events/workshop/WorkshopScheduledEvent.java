package org.lis.events.workshop;

import org.lis.events.common.Theme;

import java.time.Instant;
import java.util.List;

public record WorkshopScheduledEvent(String workshopId, String programmeId, String phaseCode, String title,
                                     List<Theme> themes, Instant startsAt, Instant endsAt, String venue,
                                     int capacity, String facilitator, List<String> hypothesisIds) {

    public WorkshopScheduledEvent {
        themes = themes == null ? List.of() : List.copyOf(themes);
        hypothesisIds = hypothesisIds == null ? List.of() : List.copyOf(hypothesisIds);
    }
}
