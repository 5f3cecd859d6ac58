package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/** One partner's stance on one hypothesis at one workshop; confidence is 1 to 5. */
public record FeedbackRecordedEvent(String workshopId, String programmeId, String feedbackId, String hypothesisId,
                                    String partnerId, Stance stance, int confidence, String comment,
                                    boolean writtenSubmission, Instant givenAt) implements ConcernsPartner {
}
