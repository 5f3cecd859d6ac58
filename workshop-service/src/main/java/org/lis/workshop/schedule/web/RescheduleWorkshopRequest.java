package org.lis.workshop.schedule.web;

import java.time.Instant;

import org.lis.support.validation.SingleLine;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code venue} left out keeps the current venue. */
public record RescheduleWorkshopRequest(@NotNull Instant startsAt, @NotNull Instant endsAt,
                                        @Size(max = 300) @SingleLine String venue) {
}
