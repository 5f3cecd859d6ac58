package org.lis.engagement.audit.query;

import java.time.Instant;

/** One recorded event behind the figures. */
public record AuditItem(long globalIndex, Instant recordedAt, String type, String aggregateId, String aggregateType,
                        String actor, String summary) {

    AuditItem withSummary(String resolved) {
        return new AuditItem(globalIndex, recordedAt, type, aggregateId, aggregateType, actor, resolved);
    }
}
