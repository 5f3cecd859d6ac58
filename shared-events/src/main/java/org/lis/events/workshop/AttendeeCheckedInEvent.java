package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/**
 * {@code checkInId} identifies this check-in, so a withdrawal can name it. Check-ins recorded before it was carried
 * have none (null): readers then use the event's own identifier, which the workshop keeps for them too.
 */
public record AttendeeCheckedInEvent(String workshopId, String programmeId, String partnerId, String contactId,
                                     Instant checkedInAt, boolean walkIn, String checkInId) implements ConcernsPartner {

    /** A check-in without an id of its own, as recorded before check-ins could be withdrawn. */
    public AttendeeCheckedInEvent(String workshopId, String programmeId, String partnerId, String contactId,
                                  Instant checkedInAt, boolean walkIn) {
        this(workshopId, programmeId, partnerId, contactId, checkedInAt, walkIn, null);
    }

    /** The id a withdrawal names: the check-in's own, or for an older check-in the event's identifier. */
    public String checkInIdOr(String eventIdentifier) {
        return checkInId != null ? checkInId : eventIdentifier;
    }
}
