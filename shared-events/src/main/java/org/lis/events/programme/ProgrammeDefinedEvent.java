package org.lis.events.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme was defined. {@code convenorPartnerId}: the partner that convenes the strategy (the LEP itself, say),
 * which coverage does not count among the partners engaged in it; null when none is named, as in events stored
 * before convenors existed.
 */
public record ProgrammeDefinedEvent(String programmeId, String name, LocalDate adoptionTargetDate,
                                    List<Phase> phases, ReadinessRules readiness, String convenorPartnerId) {

    public ProgrammeDefinedEvent {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    public ProgrammeDefinedEvent(String programmeId, String name, LocalDate adoptionTargetDate, List<Phase> phases,
                                 ReadinessRules readiness) {
        this(programmeId, name, adoptionTargetDate, phases, readiness, null);
    }
}
