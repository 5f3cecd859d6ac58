package org.lis.console.programme;

import org.lis.events.programme.DatePrecision;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Programme dates written as people say them, by their precision: "16 July 2018", "w/c 24 September 2018",
 * "September 2018"; a phase in months as "August to September 2018". Templates use it as {@code @loose}.
 */
@Component("loose")
public class LooseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    /** One date at its precision (DAY when none is given). */
    public String when(Object date, Object precision) {
        if (date == null || date.toString().isBlank()) {
            return "";
        }
        LocalDate day = LocalDate.parse(date.toString());
        return switch (precision(precision)) {
            case DAY -> DAY.format(day);
            case WEEK -> "w/c " + DAY.format(day);
            case MONTH -> MONTH.format(day);
        };
    }

    /** A phase's dates: two months of one year share it ("August to September 2018"). */
    public String span(Object start, Object startPrecision, Object end, Object endPrecision) {
        if (precision(startPrecision) == DatePrecision.MONTH && precision(endPrecision) == DatePrecision.MONTH
                && start != null && end != null) {
            LocalDate from = LocalDate.parse(start.toString());
            LocalDate to = LocalDate.parse(end.toString());
            if (from.getYear() == to.getYear()) {
                return (from.getMonth() == to.getMonth() ? "" : MONTH_ONLY.format(from) + " to ") + MONTH.format(to);
            }
        }
        return when(start, startPrecision) + " to " + when(end, endPrecision);
    }

    /** The first day a date covers, as ISO text (for comparing with today in a template). */
    public String firstDay(Object date, Object precision) {
        return date == null ? "" : precision(precision).firstDay(LocalDate.parse(date.toString())).toString();
    }

    /** The last day a date covers, as ISO text: a week's seventh day, a month's last. */
    public String lastDay(Object date, Object precision) {
        return date == null ? "" : precision(precision).lastDay(LocalDate.parse(date.toString())).toString();
    }

    static LocalDate first(LocalDate date, String precision) {
        return precision(precision).firstDay(date);
    }

    static LocalDate last(LocalDate date, String precision) {
        return precision(precision).lastDay(date);
    }

    private static DatePrecision precision(Object precision) {
        return precision == null || precision.toString().isBlank() ? DatePrecision.DAY
                : DatePrecision.valueOf(precision.toString());
    }
}
