package org.lis.engagement.audit.query;

/**
 * The fields of an {@code audit_events} document (keyed by the event's global index), named once for the
 * {@link AuditProjection} that writes them and the {@link AuditQueries}.
 */
final class AuditFields {

    static final String EVENT_ID = "eventId";
    static final String RECORDED_AT = "recordedAt";
    /** The payload type's simple name. */
    static final String TYPE = "type";
    static final String ACTOR = "actor";
    static final String SUMMARY = "summary";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    /** On the lines of events about one partner ({@code ConcernsPartner}), whichever aggregate recorded them. */
    static final String PARTNER_ID = "partnerId";
    /** Only on the lines of contact events, so an erasure can find the lines it changes. */
    static final String CONTACT_ID = "contactId";

    private AuditFields() {
    }
}
