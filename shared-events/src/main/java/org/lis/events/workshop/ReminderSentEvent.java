package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/** The reminder before the workshop, for the schedule at calendar {@code sequence}, was accepted by the mail server. */
public record ReminderSentEvent(String workshopId, String programmeId, String invitationId, String partnerId,
                                String contactId, int sequence, String messageId, Instant sentAt) implements ConcernsPartner {
}
