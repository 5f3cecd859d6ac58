package org.lis.workshop.workshop.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;

/** The from/to of the workshop list: an ISO instant, or a date meaning that whole day (UTC). */
final class TimeParameter {

    private TimeParameter() {
    }

    static Instant from(String value) {
        return parse("from", value, false);
    }

    /** A date as {@code to} includes that day, so the bound is the start of the next one. */
    static Instant to(String value) {
        return parse("to", value, true);
    }

    private static Instant parse(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(InputError.INVALID_PARAMETER, name,
                    name + " must be a date (YYYY-MM-DD) or an instant with offset, got " + value);
        }
    }
}
