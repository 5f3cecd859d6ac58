package org.lis.workshop.schedule.query;

/**
 * The fields of a document of the workshops view, one a workshop id, written by {@link WorkshopProjection} and
 * {@link WorkshopVersionProjection} and read by {@link WorkshopSummary#from} and the queries. Instants are BSON
 * dates; themes and status are enum names. A document without status is one whose scheduling is not yet seen.
 */
final class WorkshopFields {

    static final String PROGRAMME_ID = "programmeId";
    static final String PHASE_CODE = "phaseCode";
    static final String TITLE = "title";
    static final String THEMES = "themes";
    static final String STARTS_AT = "startsAt";
    static final String ENDS_AT = "endsAt";
    static final String VENUE = "venue";
    static final String CAPACITY = "capacity";
    static final String FACILITATOR = "facilitator";
    static final String HYPOTHESIS_IDS = "hypothesisIds";
    static final String STATUS = "status";
    static final String CANCEL_REASON = "cancelReason";
    static final String CANCELLED_AT = "cancelledAt";
    static final String CLOSED_AT = "closedAt";
    static final String VERSION = "version";

    private WorkshopFields() {
    }
}
