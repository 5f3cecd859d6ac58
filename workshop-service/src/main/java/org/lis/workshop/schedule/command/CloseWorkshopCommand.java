package org.lis.workshop.schedule.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CloseWorkshopCommand(@TargetAggregateIdentifier String workshopId, Instant closedAt,
                                   @TargetAggregateVersion Long expectedVersion) {
}
