package org.lis.workshop.invitation.query;

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
public class InvitationQueries {

    private final MongoCollection<Document> invitations;
    private final FreshReads fresh;

    public InvitationQueries(MongoDatabase database, FreshReads fresh) {
        this.fresh = fresh;
        this.invitations = database.getCollection(InvitationProjection.COLLECTION);
    }

    public Mono<InvitationView> find(String workshopId, String invitationId) {
        return fresh.read(WorkshopProjection.PROCESSING_GROUP,
                        () -> Mono.from(invitations.find(and(eq(Documents.ID, invitationId),
                                eq(InvitationFields.WORKSHOP_ID, workshopId))).first()))
                .map(InvitationView::from)
                .switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.INVITATION_NOT_FOUND,
                        "workshop " + workshopId + " has no invitation " + invitationId)));
    }
}
