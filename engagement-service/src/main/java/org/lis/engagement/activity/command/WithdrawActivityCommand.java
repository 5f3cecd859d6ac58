package org.lis.engagement.activity.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes back an activity entered by mistake, with the reason. */
public record WithdrawActivityCommand(@TargetAggregateIdentifier String activityId, String reason,
                                      @TargetAggregateVersion Long expectedVersion) {
}
