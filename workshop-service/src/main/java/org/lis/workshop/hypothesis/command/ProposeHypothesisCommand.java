package org.lis.workshop.hypothesis.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.common.Theme;

/** {@link HypothesisCommandHandler} checks the programme against the replica before the hypothesis is proposed. */
public record ProposeHypothesisCommand(@TargetAggregateIdentifier String hypothesisId, String programmeId,
                                       String title, String statement, List<Theme> themes,
                                       List<String> sectors) {
}
