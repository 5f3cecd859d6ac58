package org.lis.workshop.attendance.query;

/**
 * The fields of a document of the attendance view, one a workshop and partner, written by
 * {@link AttendanceProjection} and read by {@link AttendanceView#from} and the queries. Instants are BSON dates.
 */
public final class AttendanceFields {

    public static final String WORKSHOP_ID = "workshopId";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String PARTNER_ID = "partnerId";
    public static final String CONTACT_ID = "contactId";
    public static final String CHECKED_IN_AT = "checkedInAt";
    public static final String WALK_IN = "walkIn";
    public static final String CHECK_IN_ID = "checkInId";
    /** Set once the check-in in this document is withdrawn; a later check-in replaces the document. */
    public static final String WITHDRAWN_AT = "withdrawnAt";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";

    private AttendanceFields() {
    }
}
