package org.lis.workshop.workshop.query;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.lis.events.common.Theme;
import org.lis.workshop.mongo.Documents;

/**
 * A workshop's schedule and status, as listed; {@code version} is the workshop's aggregate version as far as
 * the views have followed it, to send back in If-Match.
 */
public record WorkshopSummary(String id, String programmeId, String phaseCode, String title, List<Theme> themes,
                              Instant startsAt, Instant endsAt, String venue, int capacity, String facilitator,
                              List<String> hypothesisIds, WorkshopStatus status, String cancelReason,
                              Instant cancelledAt, Instant closedAt, long version) {

    static WorkshopSummary from(Document document) {
        return new WorkshopSummary(document.getString("_id"), document.getString("programmeId"),
                document.getString("phaseCode"), document.getString("title"),
                Documents.strings(document, "themes").stream().map(Theme::valueOf).toList(),
                Documents.instant(document, "startsAt"), Documents.instant(document, "endsAt"),
                document.getString("venue"), document.getInteger("capacity", 0), document.getString("facilitator"),
                Documents.strings(document, "hypothesisIds"), WorkshopStatus.valueOf(document.getString("status")),
                document.getString("cancelReason"), Documents.instant(document, "cancelledAt"),
                Documents.instant(document, "closedAt"), ((Number) document.getOrDefault("version", 0L)).longValue());
    }
}
