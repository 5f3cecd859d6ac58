package org.lis.workshop.attendance.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record MarkNoShowCommand(@TargetAggregateIdentifier String workshopId, String partnerId, Instant markedAt,
                                @TargetAggregateVersion Long expectedVersion) {
}
