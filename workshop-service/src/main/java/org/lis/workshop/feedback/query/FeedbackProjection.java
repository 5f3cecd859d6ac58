package org.lis.workshop.feedback.query;

import org.lis.workshop.schedule.query.WorkshopProjection;
import static com.mongodb.client.model.Filters.eq;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Feedback as it stands after corrections: a correction overwrites stance, confidence and comment of the
 * feedback it corrects (the history stays in the event store).
 */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
public class FeedbackProjection {

    public static final String COLLECTION = "feedback";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> feedback;

    public FeedbackProjection(MongoDatabase database) {
        this.feedback = database.getCollection(COLLECTION);
        feedback.createIndex(Indexes.ascending(FeedbackFields.WORKSHOP_ID));
        feedback.createIndex(Indexes.ascending(FeedbackFields.HYPOTHESIS_ID));
    }

    @EventHandler
    void on(FeedbackRecordedEvent event) {
        feedback.updateOne(eq(Documents.ID, event.feedbackId()), Updates.combine(
                Updates.set(FeedbackFields.WORKSHOP_ID, event.workshopId()),
                Updates.set(FeedbackFields.PROGRAMME_ID, event.programmeId()),
                Updates.set(FeedbackFields.HYPOTHESIS_ID, event.hypothesisId()),
                Updates.set(FeedbackFields.PARTNER_ID, event.partnerId()),
                Updates.set(FeedbackFields.STANCE, event.stance().name()),
                Updates.set(FeedbackFields.CONFIDENCE, event.confidence()),
                Updates.set(FeedbackFields.COMMENT, event.comment()),
                Updates.set(FeedbackFields.WRITTEN_SUBMISSION, event.writtenSubmission()),
                Updates.set(FeedbackFields.GIVEN_AT, Documents.date(event.givenAt())),
                Updates.unset(FeedbackFields.CORRECTED_AT),
                Updates.unset(FeedbackFields.CORRECTION_REASON)), UPSERT);
    }

    @EventHandler
    void on(FeedbackCorrectedEvent event) {
        feedback.updateOne(eq(Documents.ID, event.feedbackId()), Updates.combine(
                Updates.set(FeedbackFields.WORKSHOP_ID, event.workshopId()),
                Updates.set(FeedbackFields.PROGRAMME_ID, event.programmeId()),
                Updates.set(FeedbackFields.HYPOTHESIS_ID, event.hypothesisId()),
                Updates.set(FeedbackFields.PARTNER_ID, event.partnerId()),
                Updates.set(FeedbackFields.STANCE, event.stance().name()),
                Updates.set(FeedbackFields.CONFIDENCE, event.confidence()),
                Updates.set(FeedbackFields.COMMENT, event.comment()),
                Updates.set(FeedbackFields.CORRECTED_AT, Documents.date(event.correctedAt())),
                Updates.set(FeedbackFields.CORRECTION_REASON, event.reason())), UPSERT);
    }

    @ResetHandler
    void reset() {
        feedback.deleteMany(new Document());
    }
}
