package org.lis.engagement.programme.query;

import org.lis.events.programme.DatePrecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as it stands: due on {@code dueOn} at {@code precision} (the date it last slipped to, if it did),
 * delivered on {@code deliveredOn} once it was, with each slip oldest first.
 */
public record MilestoneView(String milestoneId, String name, LocalDate dueOn, DatePrecision precision,
                            MilestoneStatus status, LocalDate deliveredOn, String deliveryNote, List<Slip> slips) {

    public record Slip(LocalDate from, DatePrecision fromPrecision, LocalDate to, DatePrecision toPrecision,
                       String reason, Instant recordedAt) {
    }
}
