package org.lis.events.programme;

import java.time.LocalDate;
import java.util.List;

public record ProgrammeDefinedEvent(String programmeId, String name, LocalDate adoptionTargetDate,
                                    List<Phase> phases, ReadinessRules readiness) {

    public ProgrammeDefinedEvent {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }
}
