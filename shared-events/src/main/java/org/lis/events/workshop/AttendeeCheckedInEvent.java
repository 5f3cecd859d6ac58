package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

public record AttendeeCheckedInEvent(String workshopId, String programmeId, String partnerId, String contactId,
                                     Instant checkedInAt, boolean walkIn) implements ConcernsPartner {
}
