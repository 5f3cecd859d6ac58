package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's coverage totals over time, as recorded by one instant: a point each week from the programme's
 * start to its end (or adoption target, whichever is later), and one at each milestone and the adoption date.
 */
public record CoverageTrend(String programmeId, Instant recordedBy, LocalDate adoptedOn, List<Point> points) {

    /**
     * The totals as of {@code on}; {@code milestones} names the milestones due that day (empty for a weekly point),
     * {@code adoption} marks the adoption date.
     */
    public record Point(LocalDate on, List<String> milestones, boolean adoption, int partners, int engaged,
                        int contributed, int keyPartners, int keyPartnersEngaged, double coverageRatio) {
    }

    /** A milestone as the programme defines it. */
    public record MilestoneDate(String name, LocalDate dueOn) {
    }
}
