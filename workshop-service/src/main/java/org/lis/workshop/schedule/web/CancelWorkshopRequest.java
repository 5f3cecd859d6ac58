package org.lis.workshop.schedule.web;

import java.time.Instant;

import org.lis.support.validation.MultiLine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code cancelledAt} defaults to now. */
public record CancelWorkshopRequest(@NotBlank @Size(max = 2000) @MultiLine String reason, Instant cancelledAt) {
}
