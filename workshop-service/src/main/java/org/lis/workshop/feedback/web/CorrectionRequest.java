package org.lis.workshop.feedback.web;

import java.time.Instant;

import org.lis.events.workshop.Stance;
import org.lis.support.validation.MultiLine;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the feedback should have said, and why it is corrected; {@code correctedAt} defaults to now. Comment and
 * reason are free text, which erasing a contact does not reach.
 */
public record CorrectionRequest(@NotNull Stance stance,
                                @NotNull @Min(1) @Max(5) Integer confidence,
                                @Schema(description = "What the partner said about the hypothesis. "
                                        + FeedbackRequest.FREE_TEXT)
                                @Size(max = 5000) @MultiLine String comment,
                                @Schema(description = "Why the feedback is corrected. " + FeedbackRequest.FREE_TEXT)
                                @NotBlank @Size(max = 2000) @MultiLine String reason,
                                Instant correctedAt) {
}
