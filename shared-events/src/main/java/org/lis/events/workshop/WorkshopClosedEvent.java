package org.lis.events.workshop;

import java.time.Instant;

/** The workshop is over: no new feedback except an officer's correction. */
public record WorkshopClosedEvent(String workshopId, String programmeId, Instant closedAt) {
}
