package org.lis.engagement.programme.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Records that a milestone was delivered on {@code deliveredOn}. {@code today} is the sender's date, since the
 * aggregate reads no clock: a delivery dated after it has not happened yet.
 */
public record DeliverMilestoneCommand(@TargetAggregateIdentifier String programmeId, String milestoneId,
                                      LocalDate deliveredOn, String note, LocalDate today,
                                      @TargetAggregateVersion Long expectedVersion) {
}
