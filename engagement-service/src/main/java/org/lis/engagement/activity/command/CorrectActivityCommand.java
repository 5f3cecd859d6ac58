package org.lis.engagement.activity.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/** A correction of an activity: each field given (non-null) replaces the activity's; the reason is required. */
public record CorrectActivityCommand(@TargetAggregateIdentifier String activityId, ActivityKind kind,
                                     LocalDate occurredOn, String summary, List<Theme> themes,
                                     List<String> partnerIds, String reason, LocalDate today,
                                     @TargetAggregateVersion Long expectedVersion) {
}
