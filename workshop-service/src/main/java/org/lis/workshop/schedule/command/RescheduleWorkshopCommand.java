package org.lis.workshop.schedule.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code venue} null keeps the current venue. */
public record RescheduleWorkshopCommand(@TargetAggregateIdentifier String workshopId, Instant startsAt,
                                        Instant endsAt, String venue,
                                        @TargetAggregateVersion Long expectedVersion) {
}
