package org.lis.workshop.attendance.query;

import java.time.Instant;

import org.bson.Document;
import org.lis.workshop.live.LiveUpdate;
import org.lis.workshop.mongo.Documents;

import io.swagger.v3.oas.annotations.media.Schema;

/** The partner's latest check-in at the workshop; {@code withdrawnAt} and the reason once it was withdrawn. */
public record AttendanceView(String partnerId, String contactId, Instant checkedInAt, boolean walkIn,
                             @Schema(description = "Names this check-in; null for check-ins recorded before "
                                     + "check-ins could be withdrawn, until the views are rebuilt") String checkInId,
                             @Schema(description = "When the check-in was withdrawn (recorded by mistake); null "
                                     + "while it stands") Instant withdrawnAt,
                             @Schema(description = "Why it was withdrawn") String withdrawalReason) {

    /** A check-in that stands. */
    public AttendanceView(String partnerId, String contactId, Instant checkedInAt, boolean walkIn) {
        this(partnerId, contactId, checkedInAt, walkIn, null, null, null);
    }

    public static AttendanceView from(Document document) {
        return new AttendanceView(document.getString(AttendanceFields.PARTNER_ID),
                document.getString(AttendanceFields.CONTACT_ID),
                Documents.instant(document, AttendanceFields.CHECKED_IN_AT),
                Documents.flag(document, AttendanceFields.WALK_IN),
                document.getString(AttendanceFields.CHECK_IN_ID),
                Documents.instant(document, AttendanceFields.WITHDRAWN_AT),
                document.getString(AttendanceFields.WITHDRAWAL_REASON));
    }

    /** Whether the check-in still counts: it was not withdrawn. */
    public boolean counts() {
        return withdrawnAt == null;
    }

    /** A withdrawal is a new state of the item, sent to the screen once more. */
    public LiveUpdate live(String workshopId) {
        String state = "attendance:" + partnerId + ":" + checkInId + (counts() ? "" : ":withdrawn");
        return new LiveUpdate("attendance", workshopId, state, this);
    }
}
