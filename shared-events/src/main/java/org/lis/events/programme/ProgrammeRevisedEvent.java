package org.lis.events.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer revised a programme before its adoption: the whole definition as it now stands (name, adoption
 * target, phases with their milestones, readiness rules), replacing the one defined or revised before.
 */
public record ProgrammeRevisedEvent(String programmeId, String name, LocalDate adoptionTargetDate,
                                    List<Phase> phases, ReadinessRules readiness) {

    public ProgrammeRevisedEvent {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }
}
