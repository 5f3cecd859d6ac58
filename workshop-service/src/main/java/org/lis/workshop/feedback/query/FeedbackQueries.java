package org.lis.workshop.feedback.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import org.lis.support.error.DomainException;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.lis.workshop.schedule.query.WorkshopProjection;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

@Component
public class FeedbackQueries {

    private final FreshCollection feedback;

    public FeedbackQueries(MongoDatabase database, FreshReads fresh) {
        this.feedback = fresh.collection(database, FeedbackProjection.COLLECTION, WorkshopProjection.PROCESSING_GROUP);
    }

    public Mono<FeedbackView> find(String workshopId, String feedbackId) {
        return feedback.first(and(eq(Documents.ID, feedbackId), eq(FeedbackFields.WORKSHOP_ID, workshopId)))
                .map(FeedbackView::from)
                .switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.FEEDBACK_NOT_FOUND,
                        "workshop " + workshopId + " has no feedback " + feedbackId)));
    }
}
