package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/**
 * An email about an invitation could not be sent, after {@code attempts} tries; {@code contactId} is null when no
 * recipient was found at all.
 */
public record MailFailedEvent(String workshopId, String programmeId, String invitationId, String partnerId,
                              String contactId, MailKind kind, int sequence, MailFailure failure, int attempts,
                              Instant failedAt) implements ConcernsPartner {
}
