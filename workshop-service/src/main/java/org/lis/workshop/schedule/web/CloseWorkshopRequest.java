package org.lis.workshop.schedule.web;

import java.time.Instant;

/** The body is optional; {@code closedAt} defaults to now. */
public record CloseWorkshopRequest(Instant closedAt) {
}
