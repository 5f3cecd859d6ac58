package org.lis.workshop.invitation.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The partner (and the contact, if any) have been checked against the replica before this is sent. */
public record InvitePartnerCommand(@TargetAggregateIdentifier String workshopId, String invitationId,
                                   String partnerId, String contactId, Instant sentAt,
                                   @TargetAggregateVersion Long expectedVersion) {
}
