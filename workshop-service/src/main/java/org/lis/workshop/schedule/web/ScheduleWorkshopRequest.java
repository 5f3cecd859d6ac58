package org.lis.workshop.schedule.web;

import java.time.Instant;
import java.util.List;

import org.lis.events.common.Theme;
import org.lis.support.validation.SingleLine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ScheduleWorkshopRequest(@NotBlank @SingleLine @Size(max = 100) String programmeId,
                                      @NotBlank @SingleLine @Size(max = 50) String phaseCode,
                                      @NotBlank @Size(max = 300) @SingleLine String title,
                                      List<@NotNull Theme> themes,
                                      @NotNull Instant startsAt,
                                      @NotNull Instant endsAt,
                                      @Size(max = 300) @SingleLine String venue,
                                      @NotNull @Min(1) @Max(10_000) Integer capacity,
                                      @Size(max = 200) @SingleLine String facilitator,
                                      @Size(max = 100) List<@NotBlank @SingleLine @Size(max = 100) String> hypothesisIds) {
}
