package org.lis.workshop.feedback.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import org.bson.Document;
import org.lis.support.error.DomainException;
import org.lis.support.fresh.FreshReads;
import org.lis.workshop.schedule.query.WorkshopProjection;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

@Component
public class FeedbackQueries {

    private final MongoCollection<Document> feedback;
    private final FreshReads fresh;

    public FeedbackQueries(MongoDatabase database, FreshReads fresh) {
        this.fresh = fresh;
        this.feedback = database.getCollection(FeedbackProjection.COLLECTION);
    }

    public Mono<FeedbackView> find(String workshopId, String feedbackId) {
        return fresh.read(WorkshopProjection.PROCESSING_GROUP,
                        () -> Mono.from(feedback.find(and(eq(Documents.ID, feedbackId),
                                eq(FeedbackFields.WORKSHOP_ID, workshopId))).first()))
                .map(FeedbackView::from)
                .switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.FEEDBACK_NOT_FOUND,
                        "workshop " + workshopId + " has no feedback " + feedbackId)));
    }
}
