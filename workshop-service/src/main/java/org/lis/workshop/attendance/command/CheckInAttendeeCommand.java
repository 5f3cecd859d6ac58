package org.lis.workshop.attendance.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * {@code walkIn} says the facilitator knows the partner came without an invitation. {@code checkInId} names this
 * check-in, so it can be withdrawn later; without one the workshop names it by its event's identifier.
 */
public record CheckInAttendeeCommand(@TargetAggregateIdentifier String workshopId, String partnerId,
                                     String contactId, Instant checkedInAt, boolean walkIn,
                                     @TargetAggregateVersion Long expectedVersion, String checkInId) {

    public CheckInAttendeeCommand(String workshopId, String partnerId, String contactId, Instant checkedInAt,
                                  boolean walkIn, Long expectedVersion) {
        this(workshopId, partnerId, contactId, checkedInAt, walkIn, expectedVersion, null);
    }
}
