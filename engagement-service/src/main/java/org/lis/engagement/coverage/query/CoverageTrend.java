package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lis.events.programme.DatePrecision;

/**
 * A programme's coverage totals over time, as recorded by one instant: a point each week from the programme's
 * start to its end (or adoption target, whichever is later), and one at each milestone's due date, each delivery
 * and the adoption date; {@code milestones} lists the programme's milestones as they stand, for markers.
 */
public record CoverageTrend(String programmeId, Instant recordedBy, LocalDate adoptedOn, List<Point> points,
                            List<MilestoneDate> milestones) {

    /**
     * The totals as of {@code on}; {@code milestones} names the milestones due that day (a week's or month's last
     * day for one due in a week or month; empty for a weekly point), {@code delivered} those delivered that day,
     * {@code adoption} marks the adoption date.
     */
    public record Point(LocalDate on, List<String> milestones, List<String> delivered, boolean adoption, int partners,
                        int engaged, int contributed, int keyPartners, int keyPartnersEngaged, double coverageRatio) {
    }

    /**
     * A milestone as it stands, for the chart's markers: {@code dueOn} at {@code precision} (where it slipped to,
     * if it did, from {@code originallyDueOn}), {@code dueBy} the last day that covers, {@code status} DUE, SLIPPED
     * or DELIVERED, {@code deliveredOn} once delivered.
     */
    public record MilestoneDate(String milestoneId, String name, LocalDate dueOn, DatePrecision precision,
                                LocalDate dueBy, String status, LocalDate deliveredOn, LocalDate originallyDueOn,
                                String slipReason) {

        /** A milestone due on a day that has neither slipped nor been delivered. */
        public MilestoneDate(String name, LocalDate dueOn) {
            this(null, name, dueOn, DatePrecision.DAY, dueOn, "DUE", null, null, null);
        }
    }
}
