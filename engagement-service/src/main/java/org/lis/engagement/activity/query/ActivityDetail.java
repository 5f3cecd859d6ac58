package org.lis.engagement.activity.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lis.engagement.partner.query.HistoryEntry.Correction;
import org.lis.engagement.partner.query.HistoryEntry.Present;
import org.lis.engagement.partner.query.HistoryEntry.Withdrawal;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.Instant;
import java.util.List;

/**
 * An activity recorded with {@code POST /api/activities}, as it stands (after its corrections), with the partners
 * present by name, as first recorded ({@code original}), each correction and the withdrawal, if any.
 */
public record ActivityDetail(String id, ActivityKind kind, java.time.LocalDate occurredOn, String summary,
                             String programmeId, List<Theme> themes, List<Present> partners, String status,
                             Instant recordedAt, Original original, List<Correction> corrections,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Withdrawal withdrawal, long version) {

    /** The activity as first recorded. */
    public record Original(ActivityKind kind, java.time.LocalDate occurredOn, String summary, List<Theme> themes,
                           List<String> partnerIds) {
    }
}
