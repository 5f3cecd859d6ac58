package org.lis.engagement.partner.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a partner's engagement history: REGISTERED or PROFILE_UPDATED (with the name in force
 * from {@code on}), or ACTIVITY (with what took place on {@code on}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(String kind, LocalDate on, String name, String activityId, ActivityKind activityKind,
                           String summary, String programmeId, List<Theme> themes) {
}
