package org.lis.events.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme phase. {@code startsOnPrecision} and {@code endsOnPrecision} say whether a date is a day, a week
 * commencing or a month ("August - September 2018"); absent from events stored before precisions existed, which
 * read as days.
 */
public record Phase(String code, String name, LocalDate startsOn, LocalDate endsOn, List<Milestone> milestones,
                    DatePrecision startsOnPrecision, DatePrecision endsOnPrecision) {

    public Phase {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        startsOnPrecision = DatePrecision.orDay(startsOnPrecision);
        endsOnPrecision = DatePrecision.orDay(endsOnPrecision);
    }

    public Phase(String code, String name, LocalDate startsOn, LocalDate endsOn, List<Milestone> milestones) {
        this(code, name, startsOn, endsOn, milestones, null, null);
    }

    /** The phase's first day: the 1st of a starting month. */
    public LocalDate firstDay() {
        return startsOnPrecision.firstDay(startsOn);
    }

    /** The phase's last day: the last day of an ending week or month. */
    public LocalDate lastDay() {
        return endsOnPrecision.lastDay(endsOn);
    }
}
