package org.lis.engagement.programme.query;

import org.lis.events.programme.ReadinessRules;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme as defined, its milestones as they stand, and its adoption once the board adopted it (otherwise
 * adopted false). {@code convenorPartnerId}: the partner convening it, or null.
 */
public record ProgrammeView(String id, String name, LocalDate adoptionTargetDate, List<PhaseView> phases,
                            ReadinessRules readiness, boolean adopted, LocalDate adoptedOn, String overrideReason,
                            List<String> failedChecks, long version, String convenorPartnerId) {
}
