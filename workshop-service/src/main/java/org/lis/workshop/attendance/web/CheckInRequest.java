package org.lis.workshop.attendance.web;

import java.time.Instant;

import org.lis.support.validation.SingleLine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code walkIn} must be true for a partner who was not invited; {@code checkedInAt} defaults to now. */
public record CheckInRequest(@NotBlank @SingleLine @Size(max = 100) String partnerId,
                             @SingleLine @Size(max = 100) String contactId,
                             Instant checkedInAt,
                             boolean walkIn) {
}
