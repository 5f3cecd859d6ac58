package org.lis.workshop.feedback.query;

import java.time.Instant;

import org.bson.Document;
import org.lis.events.workshop.Stance;
import org.lis.workshop.live.LiveUpdate;
import org.lis.workshop.mongo.Documents;

/** A partner's latest word on a hypothesis at a workshop; {@code correctedAt} and reason when it was corrected. */
public record FeedbackView(String id, String workshopId, String hypothesisId, String partnerId, Stance stance,
                           int confidence, String comment, boolean writtenSubmission, Instant givenAt,
                           Instant correctedAt, String correctionReason) {

    public static FeedbackView from(Document document) {
        return new FeedbackView(document.getString("_id"), document.getString("workshopId"),
                document.getString("hypothesisId"), document.getString("partnerId"),
                Stance.valueOf(document.getString("stance")), document.getInteger("confidence", 0),
                document.getString("comment"), Boolean.TRUE.equals(document.getBoolean("writtenSubmission")),
                Documents.instant(document, "givenAt"), Documents.instant(document, "correctedAt"),
                document.getString("correctionReason"));
    }

    public LiveUpdate live() {
        Instant version = correctedAt == null ? givenAt : correctedAt;
        return new LiveUpdate("feedback", workshopId, "feedback:" + id + ":" + version, this);
    }
}
