package org.lis.workshop.schedule.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The hypothesis' programme is looked up by {@link WorkshopCommandHandler}, never taken from the sender. */
public record TableHypothesisCommand(@TargetAggregateIdentifier String workshopId, String hypothesisId,
                                     @TargetAggregateVersion Long expectedVersion) {
}
