package org.lis.workshop.attendance.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code walkIn} says the facilitator knows the partner came without an invitation. */
public record CheckInAttendeeCommand(@TargetAggregateIdentifier String workshopId, String partnerId,
                                     String contactId, Instant checkedInAt, boolean walkIn,
                                     @TargetAggregateVersion Long expectedVersion) {
}
