package org.lis.workshop.workshop.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code hypothesisProgrammeId} is the programme the hypothesis belongs to, looked up before sending. */
public record TableHypothesisCommand(@TargetAggregateIdentifier String workshopId, String hypothesisId,
                                     String hypothesisProgrammeId, @TargetAggregateVersion Long expectedVersion) {
}
