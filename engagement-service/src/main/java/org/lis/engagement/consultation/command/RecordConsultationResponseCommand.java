package org.lis.engagement.consultation.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.consultation.HypothesisStance;
import org.lis.events.workshop.Stance;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner's response to a consultation. {@code lateReason}: set when the officer records a response received
 * after the window closed as late (null otherwise). {@code today} is the recording date from the service's clock,
 * so the aggregate can refuse a response dated in the future without reading a clock.
 */
public record RecordConsultationResponseCommand(@TargetAggregateIdentifier String consultationId, String responseId,
                                                String partnerId, LocalDate receivedOn, String summary,
                                                Stance stance, List<HypothesisStance> hypotheses, String lateReason,
                                                LocalDate today, @TargetAggregateVersion Long expectedVersion) {

    public RecordConsultationResponseCommand {
        hypotheses = hypotheses == null ? List.of() : hypotheses;
    }
}
