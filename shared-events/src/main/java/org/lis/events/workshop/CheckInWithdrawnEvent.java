package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/**
 * A check-in recorded by mistake, taken back with the reason; the check-in itself stays recorded. {@code checkInId}
 * names the check-in withdrawn (see {@link AttendeeCheckedInEvent#checkInId()}), so a later, real arrival of the
 * same partner at the same workshop is not withdrawn by it.
 */
public record CheckInWithdrawnEvent(String workshopId, String programmeId, String partnerId, String checkInId,
                                    Instant withdrawnAt, String reason) implements ConcernsPartner {
}
