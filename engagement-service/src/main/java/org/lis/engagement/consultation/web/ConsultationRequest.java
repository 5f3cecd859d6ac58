package org.lis.engagement.consultation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.events.common.Theme;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/programmes/{id}/consultations}: a window, both dates included. */
public record ConsultationRequest(
        @Schema(example = "Consultation on the draft strategy") @NotBlank @Size(max = 200) @SingleLine String title,
        @Schema(description = "What is consulted on", example = "the draft Local Industrial Strategy")
        @NotBlank @Size(max = 500) @SingleLine String subject,
        @Schema(example = "2018-10-05") @NotNull LocalDate opensOn,
        @Schema(example = "2018-11-23", description = "On or after opensOn (422 CONSULTATION_WINDOW otherwise)")
        @NotNull LocalDate closesOn,
        @Schema(description = "The themes a response counts under in coverage") List<@NotNull Theme> themes,
        @Schema(description = "Investment hypotheses responses may take a stance on")
        List<@NotBlank @Size(max = 100) @SingleLine String> hypothesisIds) {
}
