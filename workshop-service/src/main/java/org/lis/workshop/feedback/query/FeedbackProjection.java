package org.lis.workshop.feedback.query;

import org.lis.workshop.workshop.query.WorkshopProjection;
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
        feedback.createIndex(Indexes.ascending("workshopId"));
        feedback.createIndex(Indexes.ascending("hypothesisId"));
    }

    @EventHandler
    void on(FeedbackRecordedEvent event) {
        feedback.updateOne(eq("_id", event.feedbackId()), Updates.combine(
                Updates.set("workshopId", event.workshopId()),
                Updates.set("programmeId", event.programmeId()),
                Updates.set("hypothesisId", event.hypothesisId()),
                Updates.set("partnerId", event.partnerId()),
                Updates.set("stance", event.stance().name()),
                Updates.set("confidence", event.confidence()),
                Updates.set("comment", event.comment()),
                Updates.set("writtenSubmission", event.writtenSubmission()),
                Updates.set("givenAt", Documents.date(event.givenAt())),
                Updates.unset("correctedAt"),
                Updates.unset("correctionReason")), UPSERT);
    }

    @EventHandler
    void on(FeedbackCorrectedEvent event) {
        feedback.updateOne(eq("_id", event.feedbackId()), Updates.combine(
                Updates.set("workshopId", event.workshopId()),
                Updates.set("programmeId", event.programmeId()),
                Updates.set("hypothesisId", event.hypothesisId()),
                Updates.set("partnerId", event.partnerId()),
                Updates.set("stance", event.stance().name()),
                Updates.set("confidence", event.confidence()),
                Updates.set("comment", event.comment()),
                Updates.set("correctedAt", Documents.date(event.correctedAt())),
                Updates.set("correctionReason", event.reason())), UPSERT);
    }

    @ResetHandler
    void reset() {
        feedback.deleteMany(new Document());
    }
}
