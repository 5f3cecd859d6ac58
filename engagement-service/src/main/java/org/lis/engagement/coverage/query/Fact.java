package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One engagement event as a dated fact: {@code on} is the business date (what had happened by then),
 * {@code recordedAt} when the system learnt it. A null {@code programmeId} counts for every programme.
 */
public record Fact(String id, FactKind kind, String partnerId, String programmeId, LocalDate on, Instant recordedAt,
                   String workshopId, String invitationId, String response, String feedbackId, String hypothesisId,
                   boolean writtenSubmission, String activityKind) {

    boolean visibleAt(LocalDate asOf, Instant recordedBy) {
        return !on.isAfter(asOf) && !recordedAt.isAfter(recordedBy);
    }
}
