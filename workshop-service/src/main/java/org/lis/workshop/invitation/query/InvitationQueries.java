package org.lis.workshop.invitation.query;

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
public class InvitationQueries {

    private final FreshCollection invitations;

    public InvitationQueries(MongoDatabase database, FreshReads fresh) {
        this.invitations = fresh.collection(database, InvitationProjection.COLLECTION,
                WorkshopProjection.PROCESSING_GROUP);
    }

    public Mono<InvitationView> find(String workshopId, String invitationId) {
        return invitations.first(and(eq(Documents.ID, invitationId), eq(InvitationFields.WORKSHOP_ID, workshopId)))
                .map(InvitationView::from)
                .switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.INVITATION_NOT_FOUND,
                        "workshop " + workshopId + " has no invitation " + invitationId)));
    }
}
