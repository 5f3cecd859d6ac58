package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

public record NoShowMarkedEvent(String workshopId, String programmeId, String partnerId, Instant markedAt) implements ConcernsPartner {
}
