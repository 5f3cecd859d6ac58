package org.lis.engagement.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.events.programme.DatePrecision;
import org.lis.support.validation.MultiLine;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/programmes/{id}/milestones/{milestoneId}/slipped}: the new due date, a day unless
 * {@code precision} says WEEK (week commencing) or MONTH, and why.
 */
public record MilestoneSlipRequest(@NotNull LocalDate newDueOn, DatePrecision precision,
                                   @NotBlank @Size(max = 2000) @MultiLine String reason) {
}
