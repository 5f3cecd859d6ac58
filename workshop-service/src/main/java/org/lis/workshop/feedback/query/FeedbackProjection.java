package org.lis.workshop.feedback.query;

import org.lis.support.mongo.ViewCollection;
import org.lis.workshop.schedule.query.WorkshopProjection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.conversions.Bson;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.Stance;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * Feedback as it stands after corrections: a correction overwrites stance, confidence and comment of the
 * feedback it corrects (the history stays in the event store).
 */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
@Order(WorkshopProjection.VIEWS_ORDER)
public class FeedbackProjection {

    public static final String COLLECTION = "feedback";

    private final ViewCollection feedback;

    public FeedbackProjection(MongoDatabase database) {
        this.feedback = ViewCollection.of(database, COLLECTION,
                FeedbackFields.WORKSHOP_ID, FeedbackFields.HYPOTHESIS_ID);
    }

    @EventHandler
    void on(FeedbackRecordedEvent event) {
        feedback.upsert(event.feedbackId(),
                stated(event.workshopId(), event.programmeId(), event.hypothesisId(), event.partnerId(),
                        event.stance(), event.confidence(), event.comment()),
                Updates.set(FeedbackFields.WRITTEN_SUBMISSION, event.writtenSubmission()),
                Updates.set(FeedbackFields.GIVEN_AT, Documents.date(event.givenAt())),
                Updates.unset(FeedbackFields.CORRECTED_AT),
                Updates.unset(FeedbackFields.CORRECTION_REASON));
    }

    @EventHandler
    void on(FeedbackCorrectedEvent event) {
        feedback.upsert(event.feedbackId(),
                stated(event.workshopId(), event.programmeId(), event.hypothesisId(), event.partnerId(),
                        event.stance(), event.confidence(), event.comment()),
                Updates.set(FeedbackFields.CORRECTED_AT, Documents.date(event.correctedAt())),
                Updates.set(FeedbackFields.CORRECTION_REASON, event.reason()));
    }

    @ResetHandler
    void reset() {
        feedback.clear();
    }

    /** What was said, by whom, about which hypothesis: set again in full by a correction. */
    private static Bson stated(String workshopId, String programmeId, String hypothesisId, String partnerId,
                               Stance stance, int confidence, String comment) {
        return Updates.combine(
                Updates.set(FeedbackFields.WORKSHOP_ID, workshopId),
                Updates.set(FeedbackFields.PROGRAMME_ID, programmeId),
                Updates.set(FeedbackFields.HYPOTHESIS_ID, hypothesisId),
                Updates.set(FeedbackFields.PARTNER_ID, partnerId),
                Updates.set(FeedbackFields.STANCE, stance.name()),
                Updates.set(FeedbackFields.CONFIDENCE, confidence),
                Updates.set(FeedbackFields.COMMENT, comment));
    }
}
