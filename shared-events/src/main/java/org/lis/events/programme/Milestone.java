package org.lis.events.programme;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A milestone as defined: {@code precision} says whether {@code dueOn} is a day, a week commencing or a month
 * (absent from events stored before precisions existed, which read as a day). A milestone is known by its name within its
 * programme; {@link #idFor} gives the stable id the API names it by.
 */
public record Milestone(String name, LocalDate dueOn, DatePrecision precision) {

    public Milestone {
        precision = DatePrecision.orDay(precision);
    }

    public Milestone(String name, LocalDate dueOn) {
        this(name, dueOn, null);
    }

    /**
     * The id of the milestone named {@code name} in programme {@code programmeId}: derived from the name (case and
     * spacing ignored), so a revision that keeps the name keeps the milestone, and milestones recorded before ids
     * existed have the same id whenever they are read.
     */
    public static String idFor(String programmeId, String name) {
        String key = programmeId + "/" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The last day the due date covers: a milestone due in the week commencing 24 September is due by the 30th. */
    public LocalDate dueBy() {
        return precision.lastDay(dueOn);
    }
}
