package org.lis.workshop.feedback.query;

import static com.mongodb.client.model.Filters.eq;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.workshop.live.LiveFeed;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * Feedback as it stands after corrections: a correction overwrites stance, confidence and comment of the
 * feedback it corrects (the history stays in the event store). Recorded and corrected feedback goes to the
 * live screen, except on replay.
 */
@Component
@ProcessingGroup("workshop-views")
public class FeedbackProjection {

    public static final String COLLECTION = "feedback";
    private static final FindOneAndUpdateOptions UPSERT =
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> feedback;
    private final LiveFeed liveFeed;

    public FeedbackProjection(MongoDatabase database, LiveFeed liveFeed) {
        this.feedback = database.getCollection(COLLECTION);
        this.liveFeed = liveFeed;
        feedback.createIndex(Indexes.ascending("workshopId"));
        feedback.createIndex(Indexes.ascending("hypothesisId"));
    }

    @EventHandler
    void on(FeedbackRecordedEvent event, ReplayStatus replayStatus) {
        Document document = feedback.findOneAndUpdate(eq("_id", event.feedbackId()), Updates.combine(
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
        publish(document, replayStatus);
    }

    @EventHandler
    void on(FeedbackCorrectedEvent event, ReplayStatus replayStatus) {
        Document document = feedback.findOneAndUpdate(eq("_id", event.feedbackId()), Updates.combine(
                Updates.set("workshopId", event.workshopId()),
                Updates.set("programmeId", event.programmeId()),
                Updates.set("hypothesisId", event.hypothesisId()),
                Updates.set("partnerId", event.partnerId()),
                Updates.set("stance", event.stance().name()),
                Updates.set("confidence", event.confidence()),
                Updates.set("comment", event.comment()),
                Updates.set("correctedAt", Documents.date(event.correctedAt())),
                Updates.set("correctionReason", event.reason())), UPSERT);
        publish(document, replayStatus);
    }

    @ResetHandler
    void reset() {
        feedback.deleteMany(new Document());
    }

    private void publish(Document document, ReplayStatus replayStatus) {
        if (document != null && !replayStatus.isReplay()) {
            liveFeed.publish(FeedbackView.from(document).live());
        }
    }
}
