package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One engagement event as a dated fact: {@code on} is the business date (what had happened by then),
 * {@code recordedAt} when the system learnt it. A null {@code programmeId} counts for every programme.
 * {@code ref} names the record the fact belongs to (an activity, an invitation, a check-in), so that a
 * {@link FactKind#WITHDRAWN} fact with the same ref can take it back; {@code themes} are the themes the
 * engagement was on, when the record names them (activities, memberships, consultation responses).
 * {@code groupId} names the standing group of a membership or group meeting.
 */
public record Fact(String id, FactKind kind, String partnerId, String programmeId, LocalDate on, Instant recordedAt,
                   String workshopId, String invitationId, String response, String feedbackId, String hypothesisId,
                   boolean writtenSubmission, String activityKind, String ref, List<String> themes, String groupId) {

    public Fact {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** A fact of no standing group. */
    public Fact(String id, FactKind kind, String partnerId, String programmeId, LocalDate on, Instant recordedAt,
                String workshopId, String invitationId, String response, String feedbackId, String hypothesisId,
                boolean writtenSubmission, String activityKind, String ref, List<String> themes) {
        this(id, kind, partnerId, programmeId, on, recordedAt, workshopId, invitationId, response, feedbackId,
                hypothesisId, writtenSubmission, activityKind, ref, themes, null);
    }

    /** A fact without ref or themes, as most workshop facts are. */
    public Fact(String id, FactKind kind, String partnerId, String programmeId, LocalDate on, Instant recordedAt,
                String workshopId, String invitationId, String response, String feedbackId, String hypothesisId,
                boolean writtenSubmission, String activityKind) {
        this(id, kind, partnerId, programmeId, on, recordedAt, workshopId, invitationId, response, feedbackId,
                hypothesisId, writtenSubmission, activityKind, null, List.of(), null);
    }

    boolean visibleAt(LocalDate asOf, Instant recordedBy) {
        return !on.isAfter(asOf) && !recordedAt.isAfter(recordedBy);
    }

    /**
     * A withdrawal takes its record back from the record's own date: as of any date, once the withdrawal
     * was recorded by {@code recordedBy}. So it is visible whatever its business date.
     */
    boolean withdrawsBy(Instant recordedBy) {
        return kind == FactKind.WITHDRAWN && ref != null && !recordedAt.isAfter(recordedBy);
    }
}
