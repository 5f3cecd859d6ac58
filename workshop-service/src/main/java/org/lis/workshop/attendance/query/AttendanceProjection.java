package org.lis.workshop.attendance.query;

import org.lis.support.mongo.ViewCollection;
import org.lis.workshop.schedule.query.WorkshopProjection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/**
 * Who checked in and who was marked a no-show, one document a partner and workshop. A partner who
 * arrives after being marked a no-show is no longer one.
 */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
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
    void on(AttendeeCheckedInEvent event) {
        String id = key(event.workshopId(), event.partnerId());
        Document document = new Document(Documents.ID, id)
                .append(AttendanceFields.WORKSHOP_ID, event.workshopId())
                .append(AttendanceFields.PROGRAMME_ID, event.programmeId())
                .append(AttendanceFields.PARTNER_ID, event.partnerId())
                .append(AttendanceFields.CONTACT_ID, event.contactId())
                .append(AttendanceFields.CHECKED_IN_AT, Documents.date(event.checkedInAt()))
                .append(AttendanceFields.WALK_IN, event.walkIn());
        attendance.put(document);
        noShows.delete(id);
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
