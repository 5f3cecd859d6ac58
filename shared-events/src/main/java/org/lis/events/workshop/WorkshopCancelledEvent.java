package org.lis.events.workshop;

import java.time.Instant;

public record WorkshopCancelledEvent(String workshopId, String programmeId, String reason, Instant cancelledAt) {
}
