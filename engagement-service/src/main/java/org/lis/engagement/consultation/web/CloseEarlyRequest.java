package org.lis.engagement.consultation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.support.validation.MultiLine;

import java.time.LocalDate;

/** Body of {@code POST /api/consultations/{id}/close-early}: the new last day of the window, and why. */
public record CloseEarlyRequest(
        @Schema(example = "2018-11-16", description = "On or after the opening and any response received, before "
                + "the planned close, not in the future")
        @NotNull LocalDate closesOn,
        @Schema(description = "Why the window closes early. Do not name people.")
        @NotBlank @Size(max = 1000) @MultiLine String reason) {
}
