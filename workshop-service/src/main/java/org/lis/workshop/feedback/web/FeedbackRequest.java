package org.lis.workshop.feedback.web;

import java.time.Instant;

import org.lis.events.workshop.Stance;
import org.lis.support.validation.MultiLine;
import org.lis.support.validation.SingleLine;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code givenAt} defaults to now. The comment is free text, which erasing a contact does not reach. */
public record FeedbackRequest(@NotBlank @SingleLine @Size(max = 100) String hypothesisId,
                              @NotBlank @SingleLine @Size(max = 100) String partnerId,
                              @NotNull Stance stance,
                              @NotNull @Min(1) @Max(5) Integer confidence,
                              @Schema(description = "What the partner said about the hypothesis. "
                                      + FeedbackRequest.FREE_TEXT)
                              @Size(max = 5000) @MultiLine String comment,
                              boolean writtenSubmission,
                              Instant givenAt) {

    static final String FREE_TEXT = "Free text is kept as written, in the event store and the read models, and"
            + " erasing a contact does not reach it: do not name people or give their email, phone or other personal"
            + " details here.";
}
