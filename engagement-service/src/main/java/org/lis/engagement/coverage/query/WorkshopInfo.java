package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What coverage needs of a workshop: its phase, themes, tabled hypotheses and whether it was cancelled. */
public record WorkshopInfo(String id, String programmeId, String phaseCode, String title, List<String> themes,
                           LocalDate cancelledOn, Instant cancelledRecordedAt, List<Tabling> tabled) {

    public record Tabling(String hypothesisId, Instant recordedAt) {
    }

    /** Cancelled on or before {@code asOf}, and known to be so by {@code recordedBy}. */
    public boolean cancelledAt(LocalDate asOf, Instant recordedBy) {
        return cancelledOn != null && !cancelledOn.isAfter(asOf) && !cancelledRecordedAt.isAfter(recordedBy);
    }
}
