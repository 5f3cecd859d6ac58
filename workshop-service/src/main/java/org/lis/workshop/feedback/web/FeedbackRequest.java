package org.lis.workshop.feedback.web;

import java.time.Instant;

import org.lis.events.workshop.Stance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code givenAt} defaults to now. */
public record FeedbackRequest(@NotBlank String hypothesisId,
                              @NotBlank String partnerId,
                              @NotNull Stance stance,
                              @NotNull @Min(1) @Max(5) Integer confidence,
                              @Size(max = 5000) String comment,
                              boolean writtenSubmission,
                              Instant givenAt) {
}
