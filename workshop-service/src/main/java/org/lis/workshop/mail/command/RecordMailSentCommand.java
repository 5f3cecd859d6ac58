package org.lis.workshop.mail.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.workshop.MailKind;

/** The mail server accepted the email of this kind and calendar sequence for one contact, as {@code messageId}. */
public record RecordMailSentCommand(@TargetAggregateIdentifier String workshopId, String invitationId,
                                    String contactId, MailKind kind, int sequence, String messageId,
                                    Instant sentAt) {
}
