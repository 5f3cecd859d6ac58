package org.lis.workshop.attendance.query;

import java.time.Instant;

import org.bson.Document;
import org.lis.workshop.live.LiveUpdate;
import org.lis.workshop.mongo.Documents;

public record AttendanceView(String partnerId, String contactId, Instant checkedInAt, boolean walkIn) {

    public static AttendanceView from(Document document) {
        return new AttendanceView(document.getString("partnerId"), document.getString("contactId"),
                Documents.instant(document, "checkedInAt"), Boolean.TRUE.equals(document.getBoolean("walkIn")));
    }

    public LiveUpdate live(String workshopId) {
        return new LiveUpdate("attendance", workshopId, "attendance:" + partnerId, this);
    }
}
