package org.lis.workshop.invitation.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.workshop.RsvpResponse;

public record RecordRsvpCommand(@TargetAggregateIdentifier String workshopId, String invitationId,
                                RsvpResponse response, Instant respondedAt,
                                @TargetAggregateVersion Long expectedVersion) {
}
