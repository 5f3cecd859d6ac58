package org.lis.workshop.schedule.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CancelWorkshopCommand(@TargetAggregateIdentifier String workshopId, String reason, Instant cancelledAt,
                                    @TargetAggregateVersion Long expectedVersion) {
}
