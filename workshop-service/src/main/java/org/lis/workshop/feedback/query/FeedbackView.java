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
        return new FeedbackView(document.getString(Documents.ID),
                document.getString(FeedbackFields.WORKSHOP_ID),
                document.getString(FeedbackFields.HYPOTHESIS_ID),
                document.getString(FeedbackFields.PARTNER_ID),
                Documents.enumValue(document, FeedbackFields.STANCE, Stance.class),
                document.getInteger(FeedbackFields.CONFIDENCE, 0),
                document.getString(FeedbackFields.COMMENT),
                Documents.flag(document, FeedbackFields.WRITTEN_SUBMISSION),
                Documents.instant(document, FeedbackFields.GIVEN_AT),
                Documents.instant(document, FeedbackFields.CORRECTED_AT),
                document.getString(FeedbackFields.CORRECTION_REASON));
    }

    public LiveUpdate live() {
        Instant version = correctedAt == null ? givenAt : correctedAt;
        return new LiveUpdate("feedback", workshopId, "feedback:" + id + ":" + version, this);
    }
}
