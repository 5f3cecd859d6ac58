package org.lis.workshop.attendance.query;

import java.time.Instant;

import org.bson.Document;
import org.lis.workshop.live.LiveUpdate;
import org.lis.workshop.mongo.Documents;

public record AttendanceView(String partnerId, String contactId, Instant checkedInAt, boolean walkIn) {

    public static AttendanceView from(Document document) {
        return new AttendanceView(document.getString(AttendanceFields.PARTNER_ID),
                document.getString(AttendanceFields.CONTACT_ID),
                Documents.instant(document, AttendanceFields.CHECKED_IN_AT),
                Documents.flag(document, AttendanceFields.WALK_IN));
    }

    public LiveUpdate live(String workshopId) {
        return new LiveUpdate("attendance", workshopId, "attendance:" + partnerId, this);
    }
}
