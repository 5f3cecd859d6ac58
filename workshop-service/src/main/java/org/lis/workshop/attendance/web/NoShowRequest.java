package org.lis.workshop.attendance.web;

import java.time.Instant;

import org.lis.support.validation.SingleLine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code markedAt} defaults to now. */
public record NoShowRequest(@NotBlank @SingleLine @Size(max = 100) String partnerId, Instant markedAt) {
}
