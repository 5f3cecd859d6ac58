package org.lis.workshop.schedule.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.events.workshop.RsvpResponse;
import org.lis.support.error.DomainException;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.query.AttendanceFields;
import org.lis.workshop.attendance.query.AttendanceProjection;
import org.lis.workshop.attendance.query.AttendanceView;
import org.lis.workshop.attendance.query.NoShowFields;
import org.lis.workshop.attendance.query.NoShowView;
import org.lis.workshop.feedback.query.FeedbackFields;
import org.lis.workshop.feedback.query.FeedbackProjection;
import org.lis.workshop.feedback.query.FeedbackView;
import org.lis.workshop.invitation.query.InvitationFields;
import org.lis.workshop.invitation.query.InvitationProjection;
import org.lis.workshop.invitation.query.InvitationView;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of workshops and of what was recorded at them. */
@Component
public class WorkshopQueries {

    private final FreshCollection workshops;
    private final MongoCollection<Document> invitations;
    private final MongoCollection<Document> attendance;
    private final MongoCollection<Document> noShows;
    private final MongoCollection<Document> feedback;

    public WorkshopQueries(MongoDatabase database, FreshReads fresh) {
        this.workshops = fresh.collection(database, WorkshopProjection.COLLECTION, WorkshopProjection.PROCESSING_GROUP);
        this.invitations = database.getCollection(InvitationProjection.COLLECTION);
        this.attendance = database.getCollection(AttendanceProjection.ATTENDANCE);
        this.noShows = database.getCollection(AttendanceProjection.NO_SHOWS);
        this.feedback = database.getCollection(FeedbackProjection.COLLECTION);
    }

    public Mono<PageResponse<WorkshopSummary>> list(WorkshopFilter filter, PageRequest page) {
        Bson query = toQuery(filter);
        MongoCollection<Document> all = workshops.documents();
        return Pages.read(all.find(query).sort(Sorts.ascending(WorkshopFields.STARTS_AT, Documents.ID)),
                all.countDocuments(query), page, WorkshopSummary::from);
    }

    /** The workshop, or a 404 when there is none (one scheduled a moment ago is waited for). */
    public Mono<WorkshopSummary> find(String workshopId) {
        return shown(workshopId).switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.WORKSHOP_NOT_FOUND,
                "workshop " + workshopId + " is unknown")));
    }

    /** The workshop, or nothing when the views do not show it (one scheduled a moment ago is waited for). */
    public Mono<WorkshopSummary> shown(String workshopId) {
        // a workshop whose scheduling the views have not seen yet (only its version is known) is not shown
        return workshops.first(and(eq(Documents.ID, workshopId), ne(WorkshopFields.STATUS, null)))
                .map(WorkshopSummary::from);
    }

    public Mono<WorkshopDetail> detail(String workshopId) {
        return find(workshopId).flatMap(workshop -> Mono.zip(
                        all(invitations, InvitationFields.WORKSHOP_ID, workshopId, InvitationFields.SENT_AT)
                                .map(InvitationView::from).collectList(),
                        attendance(workshopId).collectList(),
                        all(noShows, NoShowFields.WORKSHOP_ID, workshopId, NoShowFields.MARKED_AT)
                                .map(NoShowView::from).collectList(),
                        feedback(workshopId).collectList())
                .map(lists -> assemble(workshop, lists.getT1(), lists.getT2(), lists.getT3(), lists.getT4())));
    }

    public Flux<AttendanceView> attendance(String workshopId) {
        return all(attendance, AttendanceFields.WORKSHOP_ID, workshopId, AttendanceFields.CHECKED_IN_AT)
                .map(AttendanceView::from);
    }

    public Flux<FeedbackView> feedback(String workshopId) {
        return all(feedback, FeedbackFields.WORKSHOP_ID, workshopId, FeedbackFields.GIVEN_AT).map(FeedbackView::from);
    }

    private static Flux<Document> all(MongoCollection<Document> collection, String workshopField, String workshopId,
                                      String orderBy) {
        return Flux.from(collection.find(eq(workshopField, workshopId)).sort(Sorts.ascending(orderBy, Documents.ID)));
    }

    private static WorkshopDetail assemble(WorkshopSummary w, List<InvitationView> invitations,
                                           List<AttendanceView> attendance, List<NoShowView> noShows,
                                           List<FeedbackView> feedback) {
        List<InvitationView> standing = invitations.stream().filter(InvitationView::counts).toList();
        List<AttendanceView> present = attendance.stream().filter(AttendanceView::counts).toList();
        int accepted = count(standing, RsvpResponse.ACCEPTED);
        WorkshopCounts counts = new WorkshopCounts(standing.size(), accepted,
                count(standing, RsvpResponse.DECLINED), count(standing, RsvpResponse.TENTATIVE),
                count(standing, null), Math.max(0, w.capacity() - accepted), present.size(),
                (int) present.stream().filter(AttendanceView::walkIn).count(), noShows.size(), feedback.size(),
                invitations.size() - standing.size(), attendance.size() - present.size());
        return new WorkshopDetail(w.id(), w.programmeId(), w.phaseCode(), w.title(), w.themes(), w.startsAt(),
                w.endsAt(), w.venue(), w.capacity(), w.facilitator(), w.hypothesisIds(), w.status(),
                w.cancelReason(), w.cancelledAt(), w.closedAt(), w.version(), counts, invitations, attendance, noShows,
                feedback);
    }

    private static int count(List<InvitationView> invitations, RsvpResponse response) {
        return (int) invitations.stream().filter(invitation -> invitation.response() == response).count();
    }

    private static Bson toQuery(WorkshopFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.exists(WorkshopFields.STATUS));
        if (filter.programmeId() != null) {
            conditions.add(eq(WorkshopFields.PROGRAMME_ID, filter.programmeId()));
        }
        if (filter.phaseCode() != null) {
            conditions.add(eq(WorkshopFields.PHASE_CODE, filter.phaseCode()));
        }
        if (filter.from() != null) {
            conditions.add(Filters.gte(WorkshopFields.STARTS_AT, Documents.date(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(Filters.lt(WorkshopFields.STARTS_AT, Documents.date(filter.to())));
        }
        return Filters.and(conditions);
    }
}
