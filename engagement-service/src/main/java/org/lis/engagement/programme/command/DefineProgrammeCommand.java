package org.lis.engagement.programme.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ReadinessRules;

import java.time.LocalDate;
import java.util.List;

/**
 * Defines a strategy programme with its phases, milestones, adoption target and readiness rules, and optionally
 * the partner that convenes it (checked to be registered before this is sent).
 */
public record DefineProgrammeCommand(@TargetAggregateIdentifier String programmeId, String name,
                                     LocalDate adoptionTargetDate, List<Phase> phases, ReadinessRules readiness,
                                     String convenorPartnerId) {

    public DefineProgrammeCommand {
        phases = phases == null ? List.of() : phases;
    }

    public DefineProgrammeCommand(String programmeId, String name, LocalDate adoptionTargetDate, List<Phase> phases,
                                  ReadinessRules readiness) {
        this(programmeId, name, adoptionTargetDate, phases, readiness, null);
    }
}
