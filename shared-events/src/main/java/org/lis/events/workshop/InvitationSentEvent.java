package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/**
 * An email with the workshop's calendar entry was accepted by the mail server for one contact: the invitation, an
 * update or the cancellation ({@code kind}), at calendar {@code sequence}, as message {@code messageId}. The
 * address is not recorded: it stays with the contact, where erasure can reach it.
 */
public record InvitationSentEvent(String workshopId, String programmeId, String invitationId, String partnerId,
                                  String contactId, MailKind kind, int sequence, String messageId,
                                  Instant sentAt) implements ConcernsPartner {
}
