package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/** {@code contactId} is null when the invitation goes to the organisation rather than a named person. */
public record PartnerInvitedEvent(String workshopId, String programmeId, String invitationId, String partnerId,
                                  String contactId, Instant sentAt) implements ConcernsPartner {
}
