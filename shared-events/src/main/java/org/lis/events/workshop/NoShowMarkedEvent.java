package org.lis.events.workshop;

import java.time.Instant;

public record NoShowMarkedEvent(String workshopId, String programmeId, String partnerId, Instant markedAt) {
}
