package org.lis.workshop.attendance.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;

/** {@code markedAt} defaults to now. */
public record NoShowRequest(@NotBlank String partnerId, Instant markedAt) {
}
