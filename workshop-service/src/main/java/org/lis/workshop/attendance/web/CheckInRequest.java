package org.lis.workshop.attendance.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;

/** {@code walkIn} must be true for a partner who was not invited; {@code checkedInAt} defaults to now. */
public record CheckInRequest(@NotBlank String partnerId, String contactId, Instant checkedInAt, boolean walkIn) {
}
