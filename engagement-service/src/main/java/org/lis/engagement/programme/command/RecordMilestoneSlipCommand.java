package org.lis.engagement.programme.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.programme.DatePrecision;

import java.time.LocalDate;

/** Records that a milestone will be late: now due on {@code newDueOn} (a day unless {@code precision} says). */
public record RecordMilestoneSlipCommand(@TargetAggregateIdentifier String programmeId, String milestoneId,
                                         LocalDate newDueOn, DatePrecision precision, String reason,
                                         @TargetAggregateVersion Long expectedVersion) {
}
