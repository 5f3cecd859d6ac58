package org.lis.engagement.programme.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ReadinessRules;

/** Replaces a programme's definition, on the version the officer saw when {@code expectedVersion} is given. */
public record ReviseProgrammeCommand(@TargetAggregateIdentifier String programmeId, String name,
                                     LocalDate adoptionTargetDate, List<Phase> phases, ReadinessRules readiness,
                                     String convenorPartnerId, @TargetAggregateVersion Long expectedVersion) {

    public ReviseProgrammeCommand {
        phases = phases == null ? List.of() : phases;
    }

    public ReviseProgrammeCommand(String programmeId, String name, LocalDate adoptionTargetDate, List<Phase> phases,
                                  ReadinessRules readiness, Long expectedVersion) {
        this(programmeId, name, adoptionTargetDate, phases, readiness, null, expectedVersion);
    }
}
