package org.lis.engagement.readiness.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a programme is ready for adoption as of a date; once adopted, {@code adoption} shows what
 * the board decided, including any override reason and the checks that failed then.
 */
public record ReadinessReport(String programmeId, boolean ready, LocalDate adoptionTargetDate, LocalDate asOf,
                              Instant recordedBy, List<ReadinessCheck> checks, Adoption adoption) {

    public record Adoption(LocalDate adoptedOn, String overrideReason, List<String> failedChecks,
                           Instant recordedAt) {
    }

    public List<String> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).map(ReadinessCheck::name).toList();
    }
}
