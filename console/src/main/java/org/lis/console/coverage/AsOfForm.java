package org.lis.console.coverage;

import org.lis.console.client.AsOf;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The "as of" date as the board gives it: a quick pick ({@code asOf=2018-10-05}) or the GOV.UK date input's
 * day, month and year; and, under Advanced, "as recorded by" a date and time (London). {@code error} says in
 * words what could not be read; the figures are then today's.
 */
public record AsOfForm(String day, String month, String year, String recordedBy, AsOf asOf, String error) {

    public static AsOfForm read(String asOf, String day, String month, String year, String recordedBy) {
        String date = null;
        String error = null;
        if (blank(day) && blank(month) && blank(year)) {
            if (!blank(asOf)) {
                try {
                    LocalDate picked = LocalDate.parse(asOf.strip());
                    date = picked.toString();
                    day = String.valueOf(picked.getDayOfMonth());
                    month = String.valueOf(picked.getMonthValue());
                    year = String.valueOf(picked.getYear());
                } catch (DateTimeParseException e) {
                    error = "The date must be a real date, for example 5 10 2018";
                }
            }
        } else {
            try {
                date = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                        Integer.parseInt(day.strip())).toString();
            } catch (RuntimeException e) {
                error = "The date must be a real date, for example 5 10 2018";
            }
        }
        String recorded = null;
        if (!blank(recordedBy)) {
            try {
                recorded = LocalDateTime.parse(recordedBy.strip()).atZone(org.lis.console.web.Formats.LONDON)
                        .toInstant().toString();
            } catch (DateTimeException e) {
                try {
                    recorded = Instant.parse(recordedBy.strip()).toString();
                } catch (DateTimeException notAnInstant) {
                    error = "The recorded-by time must be a date and time, for example 2018-10-05T17:00";
                }
            }
        }
        return new AsOfForm(day, month, year, recordedBy, error == null ? new AsOf(date, recorded) : AsOf.TODAY, error);
    }

    public boolean today() {
        return asOf.date() == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
