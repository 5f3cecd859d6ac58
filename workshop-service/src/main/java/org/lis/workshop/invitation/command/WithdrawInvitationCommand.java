package org.lis.workshop.invitation.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes back an invitation sent in error, with the reason. */
public record WithdrawInvitationCommand(@TargetAggregateIdentifier String workshopId, String invitationId,
                                        String reason, Instant withdrawnAt,
                                        @TargetAggregateVersion Long expectedVersion) {
}
