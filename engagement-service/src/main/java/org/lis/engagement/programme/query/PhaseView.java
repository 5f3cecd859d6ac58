package org.lis.engagement.programme.query;

import org.lis.events.programme.DatePrecision;

import java.time.LocalDate;
import java.util.List;

/** A phase with its dates as given (each with its precision) and its milestones as they stand. */
public record PhaseView(String code, String name, LocalDate startsOn, DatePrecision startsOnPrecision,
                        LocalDate endsOn, DatePrecision endsOnPrecision, List<MilestoneView> milestones) {
}
