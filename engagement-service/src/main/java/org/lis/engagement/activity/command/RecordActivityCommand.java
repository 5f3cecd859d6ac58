package org.lis.engagement.activity.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Engagement outside a workshop with one or more partners, recorded once on an {@link Activity}. {@code today} is
 * the recording date from the service's clock, so the aggregate can refuse activities in the future.
 */
public record RecordActivityCommand(@TargetAggregateIdentifier String activityId, ActivityKind kind,
                                    LocalDate occurredOn, String summary, String programmeId, List<Theme> themes,
                                    List<String> partnerIds, LocalDate today) {

    public RecordActivityCommand {
        themes = themes == null ? List.of() : themes;
    }
}
