package org.lis.events.workshop;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/** Feedback is never edited in place: a correction supersedes it, with the reason. */
public record FeedbackCorrectedEvent(String workshopId, String programmeId, String feedbackId, String hypothesisId,
                                     String partnerId, Stance stance, int confidence, String comment, String reason,
                                     Instant correctedAt) implements ConcernsPartner {
}
