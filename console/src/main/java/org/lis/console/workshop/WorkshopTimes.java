package org.lis.console.workshop;

import org.lis.console.web.Formats;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a workshop runs, as a facilitator reads it on the day ({@code @times} in the templates): "9:30am",
 * "9:30am to 12:00pm", "Tuesday 3 October 2018", in Europe/London.
 */
@Component("times")
public class WorkshopTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    public String time(Object instant) {
        return instant == null ? "" : TIME.format(london(instant)).toLowerCase(Locale.UK);
    }

    /** The day of an instant in London, or a date as it is. */
    public String day(Object instantOrDate) {
        if (instantOrDate instanceof LocalDate date) {
            return DAY.format(date);
        }
        return instantOrDate == null ? "" : DAY.format(london(instantOrDate));
    }

    /** "9:30am to 12:00pm", or with the end's day when it ends on another day. */
    public String span(Object startsAt, Object endsAt) {
        if (startsAt == null || endsAt == null) {
            return time(startsAt);
        }
        boolean sameDay = london(startsAt).toLocalDate().equals(london(endsAt).toLocalDate());
        return time(startsAt) + " to " + (sameDay ? "" : day(endsAt) + " ") + time(endsAt);
    }

    private static ZonedDateTime london(Object instant) {
        return Instant.parse(instant.toString()).atZone(Formats.LONDON);
    }
}
