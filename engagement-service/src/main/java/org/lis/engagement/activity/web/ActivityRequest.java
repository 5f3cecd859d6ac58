package org.lis.engagement.activity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/partners/{id}/activities}. */
public record ActivityRequest(
        @NotNull ActivityKind kind,
        @NotNull LocalDate occurredOn,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 100) String programmeId,
        List<@NotNull Theme> themes) {
}
