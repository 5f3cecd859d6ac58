package org.lis.events.programme;

import java.time.LocalDate;

/**
 * A programme milestone slipped from {@code previousDueOn} to {@code newDueOn} (each with its precision), for
 * {@code reason}.
 */
public record MilestoneSlippedEvent(String programmeId, String phaseCode, String milestoneId, String milestoneName,
                                    LocalDate previousDueOn, DatePrecision previousPrecision, LocalDate newDueOn,
                                    DatePrecision newPrecision, String reason) {
}
