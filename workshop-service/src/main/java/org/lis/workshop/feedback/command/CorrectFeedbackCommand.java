package org.lis.workshop.feedback.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.workshop.Stance;

/** {@code byOfficer} is true when the sender holds the OFFICER role: only officers correct closed workshops. */
public record CorrectFeedbackCommand(@TargetAggregateIdentifier String workshopId, String feedbackId,
                                     Stance stance, int confidence, String comment, String reason,
                                     boolean byOfficer, Instant correctedAt,
                                     @TargetAggregateVersion Long expectedVersion) {
}
