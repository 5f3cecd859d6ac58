package org.lis.engagement.activity.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Engagement with a partner outside a workshop. {@code today} is the recording date from the
 * service's clock, so the aggregate can refuse activities in the future without reading a clock.
 */
public record RecordEngagementActivityCommand(@TargetAggregateIdentifier String partnerId, String activityId,
                                              ActivityKind kind, LocalDate occurredOn, String summary,
                                              String programmeId, List<Theme> themes, LocalDate today,
                                              @TargetAggregateVersion Long expectedVersion) {

    public RecordEngagementActivityCommand {
        themes = themes == null ? List.of() : themes;
    }
}
