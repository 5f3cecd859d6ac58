package org.lis.workshop.attendance.query;

/**
 * The fields of a document of the no-shows view, one a workshop and partner, written by
 * {@link AttendanceProjection} and read by {@link NoShowView#from} and the queries. Instants are BSON dates.
 */
public final class NoShowFields {

    public static final String WORKSHOP_ID = "workshopId";
    public static final String PARTNER_ID = "partnerId";
    public static final String MARKED_AT = "markedAt";

    private NoShowFields() {
    }
}
