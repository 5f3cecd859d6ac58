package org.lis.support.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;

/**
 * Instants and dates in query parameters, read the same way by every list and report: absent or blank is
 * null, a malformed one is 400 naming the parameter. A date is a day in UTC.
 */
public final class TimeParameters {

    private TimeParameters() {
    }

    /** An ISO-8601 instant with offset, like 2018-10-05T17:00:00Z. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(InputError.INVALID_PARAMETER, name, name
                    + " must be an ISO-8601 instant with offset, like 2018-10-05T17:00:00Z, got " + value);
        }
    }

    /** Where a range starts: an instant, or a date meaning the start of that day. */
    public static Instant from(String name, String value) {
        return bound(name, value, false);
    }

    /** Where a range ends, exclusive: an instant, or a date including that whole day (the next one's start). */
    public static Instant to(String name, String value) {
        return bound(name, value, true);
    }

    private static Instant bound(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate date = LocalDate.parse(value.strip());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(InputError.INVALID_PARAMETER, name,
                    name + " must be a date (YYYY-MM-DD) or an ISO-8601 instant with offset, got " + value);
        }
    }
}
