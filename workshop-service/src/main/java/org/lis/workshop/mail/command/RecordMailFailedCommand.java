package org.lis.workshop.mail.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.workshop.MailFailure;
import org.lis.events.workshop.MailKind;

/** The email could not be sent after {@code attempts} tries; {@code contactId} null when no recipient was found. */
public record RecordMailFailedCommand(@TargetAggregateIdentifier String workshopId, String invitationId,
                                      String contactId, MailKind kind, int sequence, MailFailure failure,
                                      int attempts, Instant failedAt) {
}
