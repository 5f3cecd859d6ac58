package org.lis.workshop.invitation.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The partner (and the contact, if any) are checked against the replica before the workshop takes it.
 * {@code byMail}: the system emails the invitation; false when it was sent by other means at {@code sentAt}.
 */
public record InvitePartnerCommand(@TargetAggregateIdentifier String workshopId, String invitationId,
                                   String partnerId, String contactId, Instant sentAt, boolean byMail,
                                   @TargetAggregateVersion Long expectedVersion) {
}
