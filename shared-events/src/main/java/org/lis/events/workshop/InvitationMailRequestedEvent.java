package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

/**
 * The invitation is to be emailed by the system: to the named contact, or when {@code contactId} is null to the
 * partner's contacts whose lawful basis allows it. Invitations recorded as sent by other means have no such event.
 */
public record InvitationMailRequestedEvent(String workshopId, String programmeId, String invitationId,
                                           String partnerId, String contactId) implements ConcernsPartner {
}
