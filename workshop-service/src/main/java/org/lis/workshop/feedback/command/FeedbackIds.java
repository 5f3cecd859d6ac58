package org.lis.workshop.feedback.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Feedback is one per partner, hypothesis and workshop, so its id is derived from the three: feedback
 * given again lands on the same id and is recognised (and refused), and a retried request cannot create a second.
 */
public final class FeedbackIds {

    private FeedbackIds() {
    }

    public static String of(String workshopId, String hypothesisId, String partnerId) {
        String name = "feedback/" + workshopId + "/" + hypothesisId + "/" + partnerId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
