package org.lis.engagement.programme.query;

import org.lis.events.programme.Phase;
import org.lis.events.programme.ReadinessRules;

import java.time.LocalDate;
import java.util.List;

/** A programme as defined, and its adoption once the board adopted it (otherwise adopted false). */
public record ProgrammeView(String id, String name, LocalDate adoptionTargetDate, List<Phase> phases,
                            ReadinessRules readiness, boolean adopted, LocalDate adoptedOn, String overrideReason,
                            List<String> failedChecks, long version) {
}
