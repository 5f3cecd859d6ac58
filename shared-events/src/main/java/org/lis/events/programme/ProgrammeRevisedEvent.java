package org.lis.events.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer revised a programme before its adoption: the whole definition as it now stands (name, adoption
 * target, phases with their milestones, readiness rules, convenor), replacing the one defined or revised before.
 * {@code convenorPartnerId} is null when none is named, as in events stored before convenors existed.
 */
public record ProgrammeRevisedEvent(String programmeId, String name, LocalDate adoptionTargetDate,
                                    List<Phase> phases, ReadinessRules readiness, String convenorPartnerId) {

    public ProgrammeRevisedEvent {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    public ProgrammeRevisedEvent(String programmeId, String name, LocalDate adoptionTargetDate, List<Phase> phases,
                                 ReadinessRules readiness) {
        this(programmeId, name, adoptionTargetDate, phases, readiness, null);
    }
}
