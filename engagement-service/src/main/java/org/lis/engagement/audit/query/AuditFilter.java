package org.lis.engagement.audit.query;

import java.time.Instant;

/**
 * Which lines of the audit trail to read; each part is optional. {@code partnerId} finds every event about the
 * partner, including those its workshops recorded (invitations, RSVPs, attendance, feedback); {@code type} is an
 * event type's simple name, e.g. {@code FeedbackRecordedEvent}; {@code to} is exclusive.
 */
public record AuditFilter(String aggregateId, String partnerId, String type, Instant from, Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    public static AuditFilter ofAggregate(String aggregateId) {
        return new AuditFilter(aggregateId, null, null, null, null);
    }

    public static AuditFilter ofPartner(String partnerId) {
        return new AuditFilter(null, partnerId, null, null, null);
    }
}
