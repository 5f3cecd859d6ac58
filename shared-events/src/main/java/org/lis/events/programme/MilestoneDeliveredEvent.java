package org.lis.events.programme;

import java.time.LocalDate;

/** A programme milestone was delivered on {@code deliveredOn}; {@code note} is optional. */
public record MilestoneDeliveredEvent(String programmeId, String phaseCode, String milestoneId, String milestoneName,
                                      LocalDate deliveredOn, String note) {
}
