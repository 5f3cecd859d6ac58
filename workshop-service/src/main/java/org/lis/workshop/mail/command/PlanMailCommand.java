package org.lis.workshop.mail.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.workshop.MailKind;

/**
 * Asks the workshop, before an email goes out, whether it is still wanted and to which contacts: the workshop
 * records what was sent, so it alone can say what is left to send. Records nothing; the answer is a
 * {@link MailPlan}. {@code sequence} is the calendar sequence the email would carry, {@code at} the time now.
 */
public record PlanMailCommand(@TargetAggregateIdentifier String workshopId, String invitationId, MailKind kind,
                              int sequence, Instant at) {
}
