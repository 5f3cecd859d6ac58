package org.lis.localstack.demo;

import java.util.List;

/** A demo workshop with what happened at it; {@code cancelledAt} non-null for one that was called off. */
record DemoWorkshop(String key, String title, List<String> themes, String startsAt, String endsAt, String venue,
                    int capacity, List<String> hypotheses, List<Invite> invitations, List<String> attended,
                    List<String> walkIns, List<String> noShows, List<Feedback> feedback, String cancelledAt,
                    String cancelReason) {

    /** An invitation sent on {@code sentAt}; {@code rsvp} null while unanswered. */
    record Invite(String partner, String sentAt, String rsvp, String respondedAt) {
    }

    record Feedback(String hypothesis, String partner, String stance, int confidence, String comment,
                    boolean writtenSubmission, String givenAt) {
    }
}
