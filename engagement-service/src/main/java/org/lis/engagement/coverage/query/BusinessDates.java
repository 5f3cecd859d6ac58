package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** How the coverage projections store business dates: ISO strings, which sort like the dates they name. */
final class BusinessDates {

    private BusinessDates() {
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The UTC date of a business instant; events without one happened when they were recorded. */
    static String utcDate(Instant businessInstant, Instant recordedAt) {
        Instant instant = businessInstant == null ? recordedAt : businessInstant;
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
