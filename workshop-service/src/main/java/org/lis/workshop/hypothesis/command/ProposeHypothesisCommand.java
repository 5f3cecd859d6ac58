package org.lis.workshop.hypothesis.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.common.Theme;

/** The programme has been checked against the replica before this is sent. */
public record ProposeHypothesisCommand(@TargetAggregateIdentifier String hypothesisId, String programmeId,
                                       String title, String statement, List<Theme> themes,
                                       List<String> sectors) {
}
