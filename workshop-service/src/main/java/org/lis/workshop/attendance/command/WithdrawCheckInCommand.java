package org.lis.workshop.attendance.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Takes back the partner's current check-in, recorded by mistake. {@code byOfficer}: an officer may withdraw a
 * check-in at any time, a facilitator only until the workshop is closed.
 */
public record WithdrawCheckInCommand(@TargetAggregateIdentifier String workshopId, String partnerId, String reason,
                                     Instant withdrawnAt, boolean byOfficer,
                                     @TargetAggregateVersion Long expectedVersion) {
}
