package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

public record RsvpRecordedEvent(String workshopId, String programmeId, String invitationId, String partnerId,
                                RsvpResponse response, Instant respondedAt) implements ConcernsPartner {
}
