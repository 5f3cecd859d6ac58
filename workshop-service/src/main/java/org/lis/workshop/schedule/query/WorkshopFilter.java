package org.lis.workshop.schedule.query;

import java.time.Instant;

/** Filters of the workshop list; null means no filter. Workshops starting in [from, to) match. */
public record WorkshopFilter(String programmeId, String phaseCode, Instant from, Instant to) {
}
