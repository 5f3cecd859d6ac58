package org.lis.events.workshop;

import java.time.Instant;

/** New times and venue; {@code venue} carries the venue in force afterwards (unchanged if not given). */
public record WorkshopRescheduledEvent(String workshopId, Instant startsAt, Instant endsAt, String venue) {
}
