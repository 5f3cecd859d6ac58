package org.lis.workshop.feedback.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.workshop.Stance;

/**
 * {@code feedbackId} is derived from workshop, hypothesis and partner, so feedback given again for the
 * same three is recognised and refused.
 */
public record RecordFeedbackCommand(@TargetAggregateIdentifier String workshopId, String feedbackId,
                                    String hypothesisId, String partnerId, Stance stance, int confidence,
                                    String comment, boolean writtenSubmission, Instant givenAt,
                                    @TargetAggregateVersion Long expectedVersion) {
}
