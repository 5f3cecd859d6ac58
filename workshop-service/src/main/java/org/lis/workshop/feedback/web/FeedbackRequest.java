package org.lis.workshop.feedback.web;

import java.time.Instant;

import org.lis.events.workshop.Stance;
import org.lis.support.validation.MultiLine;
import org.lis.support.validation.SingleLine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code givenAt} defaults to now. */
public record FeedbackRequest(@NotBlank @SingleLine @Size(max = 100) String hypothesisId,
                              @NotBlank @SingleLine @Size(max = 100) String partnerId,
                              @NotNull Stance stance,
                              @NotNull @Min(1) @Max(5) Integer confidence,
                              @Size(max = 5000) @MultiLine String comment,
                              boolean writtenSubmission,
                              Instant givenAt) {
}
