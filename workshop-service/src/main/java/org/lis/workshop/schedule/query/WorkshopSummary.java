package org.lis.workshop.schedule.query;

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
        return new WorkshopSummary(document.getString(Documents.ID),
                document.getString(WorkshopFields.PROGRAMME_ID),
                document.getString(WorkshopFields.PHASE_CODE),
                document.getString(WorkshopFields.TITLE),
                Documents.strings(document, WorkshopFields.THEMES).stream().map(Theme::valueOf).toList(),
                Documents.instant(document, WorkshopFields.STARTS_AT),
                Documents.instant(document, WorkshopFields.ENDS_AT),
                document.getString(WorkshopFields.VENUE),
                document.getInteger(WorkshopFields.CAPACITY, 0),
                document.getString(WorkshopFields.FACILITATOR),
                Documents.strings(document, WorkshopFields.HYPOTHESIS_IDS),
                WorkshopStatus.valueOf(document.getString(WorkshopFields.STATUS)),
                document.getString(WorkshopFields.CANCEL_REASON),
                Documents.instant(document, WorkshopFields.CANCELLED_AT),
                Documents.instant(document, WorkshopFields.CLOSED_AT),
                ((Number) document.getOrDefault(WorkshopFields.VERSION, 0L)).longValue());
    }
}
