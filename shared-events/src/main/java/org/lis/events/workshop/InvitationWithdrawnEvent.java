package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/**
 * An invitation sent in error, taken back with the reason: it takes no RSVP and holds no place any more, and the
 * invitation itself stays recorded.
 */
public record InvitationWithdrawnEvent(String workshopId, String programmeId, String invitationId, String partnerId,
                                       Instant withdrawnAt, String reason) implements ConcernsPartner {
}
