package org.lis.engagement.programme.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.support.validation.MultiLine;

import java.time.LocalDate;

/** Body of {@code POST /api/programmes/{id}/milestones/{milestoneId}/delivered}. */
public record MilestoneDeliveryRequest(@NotNull LocalDate deliveredOn, @Size(max = 2000) @MultiLine String note) {
}
