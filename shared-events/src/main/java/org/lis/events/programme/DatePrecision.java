package org.lis.events.programme;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How precisely a programme date was given: a day, a week ("w/c 24 September", the date being the week's first
 * day) or a month ("August - September 2018", any day of the month standing for it). Stored dates stay as given;
 * rules use the first and last day a date covers.
 */
public enum DatePrecision {
    DAY,
    WEEK,
    MONTH;

    /** The precision of a date stored before precisions existed, or given without one: a day. */
    public static DatePrecision orDay(DatePrecision precision) {
        return precision == null ? DAY : precision;
    }

    /** The first day {@code date} covers at this precision. */
    public LocalDate firstDay(LocalDate date) {
        if (date == null) {
            return null;
        }
        return this == MONTH ? date.withDayOfMonth(1) : date;
    }

    /** The last day {@code date} covers at this precision: a week or month counts as due or open until then. */
    public LocalDate lastDay(LocalDate date) {
        if (date == null) {
            return null;
        }
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.plusDays(6);
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
