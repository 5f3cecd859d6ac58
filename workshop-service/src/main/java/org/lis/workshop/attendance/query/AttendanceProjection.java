package org.lis.workshop.attendance.query;

import org.lis.support.mongo.ViewCollection;
import org.lis.workshop.schedule.query.WorkshopProjection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Who checked in and who was marked a no-show, one document a partner and workshop. A partner who
 * arrives after being marked a no-show is no longer one. A check-in withdrawn stays shown, marked withdrawn with the
 * reason, until the partner is checked in again.
 */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
@Order(WorkshopProjection.VIEWS_ORDER)
public class AttendanceProjection {

    public static final String ATTENDANCE = "attendance";
    public static final String NO_SHOWS = "no_shows";

    private final ViewCollection attendance;
    private final ViewCollection noShows;

    public AttendanceProjection(MongoDatabase database) {
        this.attendance = ViewCollection.of(database, ATTENDANCE, AttendanceFields.WORKSHOP_ID);
        this.noShows = ViewCollection.of(database, NO_SHOWS, NoShowFields.WORKSHOP_ID);
    }

    @EventHandler
    void on(AttendeeCheckedInEvent event, @MessageIdentifier String eventId) {
        String id = key(event.workshopId(), event.partnerId());
        Document document = new Document(Documents.ID, id)
                .append(AttendanceFields.WORKSHOP_ID, event.workshopId())
                .append(AttendanceFields.PROGRAMME_ID, event.programmeId())
                .append(AttendanceFields.PARTNER_ID, event.partnerId())
                .append(AttendanceFields.CONTACT_ID, event.contactId())
                .append(AttendanceFields.CHECKED_IN_AT, Documents.date(event.checkedInAt()))
                .append(AttendanceFields.WALK_IN, event.walkIn())
                .append(AttendanceFields.CHECK_IN_ID, event.checkInIdOr(eventId));
        attendance.put(document);
        noShows.delete(id);
    }

    /** Only the check-in it names: replayed after a later check-in, it leaves that one standing. */
    @EventHandler
    void on(CheckInWithdrawnEvent event) {
        attendance.documents().updateOne(Filters.and(
                        Filters.eq(Documents.ID, key(event.workshopId(), event.partnerId())),
                        Filters.eq(AttendanceFields.CHECK_IN_ID, event.checkInId())),
                Updates.combine(Updates.set(AttendanceFields.WITHDRAWN_AT, Documents.date(event.withdrawnAt())),
                        Updates.set(AttendanceFields.WITHDRAWAL_REASON, event.reason())));
    }

    @EventHandler
    void on(NoShowMarkedEvent event) {
        String id = key(event.workshopId(), event.partnerId());
        Document document = new Document(Documents.ID, id)
                .append(NoShowFields.WORKSHOP_ID, event.workshopId())
                .append(NoShowFields.PARTNER_ID, event.partnerId())
                .append(NoShowFields.MARKED_AT, Documents.date(event.markedAt()));
        noShows.put(document);
    }

    @ResetHandler
    void reset() {
        attendance.clear();
        noShows.clear();
    }

    private static String key(String workshopId, String partnerId) {
        return workshopId + "/" + partnerId;
    }
}
