package org.lis.events.workshop;

import java.time.Instant;

public record AttendeeCheckedInEvent(String workshopId, String programmeId, String partnerId, String contactId,
                                     Instant checkedInAt, boolean walkIn) {
}
