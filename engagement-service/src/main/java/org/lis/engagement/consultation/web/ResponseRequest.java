package org.lis.engagement.consultation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.events.consultation.HypothesisStance;
import org.lis.events.workshop.Stance;
import org.lis.support.validation.MultiLine;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/consultations/{id}/responses}. A response received after the window closed is refused
 * (422 CONSULTATION_CLOSED) unless {@code late} gives the reason the officer accepts it. Summaries, comments and
 * reasons are free text kept as written, which erasing a contact does not reach: do not name people in them.
 */
public record ResponseRequest(
        @NotBlank @Size(max = 100) @SingleLine String partnerId,
        @Schema(example = "2018-11-20") @NotNull LocalDate receivedOn,
        @Schema(description = "What the response says. Do not name people or give their contact details.")
        @NotBlank @Size(max = 5000) @MultiLine String summary,
        @Schema(description = "The partner's stance on what is consulted on") @NotNull Stance stance,
        @Size(max = 100) List<@Valid @NotNull HypothesisStanceRequest> hypotheses,
        @Schema(description = "Only for a response received after the window closed") @Valid Late late) {

    /** A stance on one of the consultation's hypotheses. */
    public record HypothesisStanceRequest(@NotBlank @Size(max = 100) @SingleLine String hypothesisId,
                                          @NotNull Stance stance,
                                          @Size(max = 2000) @MultiLine String comment) {

        HypothesisStance toStance() {
            return new HypothesisStance(hypothesisId, stance, comment);
        }
    }

    /** Why a response received after the close is accepted, e.g. "agreed extension for the council's cabinet". */
    public record Late(@NotBlank @Size(max = 1000) @MultiLine String reason) {
    }

    List<HypothesisStance> toStances() {
        return hypotheses == null ? List.of() : hypotheses.stream().map(HypothesisStanceRequest::toStance).toList();
    }

    String lateReason() {
        return late == null ? null : late.reason();
    }
}
