package org.lis.engagement.programme.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.support.error.DomainException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lis.engagement.EngagementError.ALREADY_ADOPTED;
import static org.lis.engagement.EngagementError.INVALID_ADOPTION;
import static org.lis.engagement.EngagementError.PHASE_IN_USE;
import static org.lis.engagement.EngagementError.READINESS_CHECKS_FAILED;

/**
 * A strategy being co-created; adopted by the board once, with an override reason when it is not ready.
 * Defining one needs nothing outside it; revising one needs the phases its workshops use
 * ({@link RevisionCommandHandler}); adopting needs the readiness checks, which the
 * {@link AdoptionCommandHandler} works out from the coverage read model.
 */
public class Programme {

    @AggregateIdentifier
    private String programmeId;
    private boolean adopted;
    /** The definition as it stands, so that saving it unchanged records nothing. */
    private ProgrammeRevisedEvent definition;

    protected Programme() {
    }

    @CommandHandler
    public Programme(DefineProgrammeCommand command) {
        ProgrammeRules.checkDefinition(command.name(), command.adoptionTargetDate(), command.phases(),
                command.readiness());
        apply(new ProgrammeDefinedEvent(command.programmeId(), command.name().strip(), command.adoptionTargetDate(),
                command.phases(), command.readiness()));
    }

    /**
     * A new definition, until the board adopts the strategy; {@code phasesInUse}: the codes of the phases that
     * workshops are scheduled in, which must stay.
     */
    public Long handle(ReviseProgrammeCommand command, Set<String> phasesInUse) {
        if (adopted) {
            throw new DomainException(ALREADY_ADOPTED, "Programme " + programmeId
                    + " is adopted: its definition is what the board adopted");
        }
        ProgrammeRules.checkDefinition(command.name(), command.adoptionTargetDate(), command.phases(),
                command.readiness());
        Set<String> kept = command.phases().stream().map(Phase::code).collect(Collectors.toSet());
        List<String> dropped = phasesInUse.stream().filter(code -> !kept.contains(code)).sorted().toList();
        if (!dropped.isEmpty()) {
            throw new DomainException(PHASE_IN_USE, "phases", "phases: workshops are scheduled in phase "
                    + String.join(", ", dropped) + "; keep it, or move or cancel its workshops first");
        }
        ProgrammeRevisedEvent revised = new ProgrammeRevisedEvent(programmeId, command.name().strip(),
                command.adoptionTargetDate(), command.phases(), command.readiness());
        if (!revised.equals(definition)) {
            apply(revised);
        }
        return AggregateLifecycle.getVersion();
    }

    /** {@code failedChecks}: the names of the readiness checks that fail as of the adoption date. */
    public Long handle(AdoptProgrammeCommand command, List<String> failedChecks) {
        if (adopted) {
            throw new DomainException(ALREADY_ADOPTED, "Programme " + programmeId + " is already adopted");
        }
        if (command.adoptedOn() == null) {
            throw new DomainException(INVALID_ADOPTION, "adoptedOn", "adoptedOn: adoption needs its date");
        }
        if (command.adoptedOn().isAfter(command.today())) {
            throw new DomainException(INVALID_ADOPTION, "adoptedOn", "adoptedOn: " + command.adoptedOn()
                    + " is in the future; the board records an adoption once it has decided");
        }
        boolean overridden = command.overrideReason() != null && !command.overrideReason().isBlank();
        if (!failedChecks.isEmpty() && !overridden) {
            throw new DomainException(READINESS_CHECKS_FAILED, "Readiness checks failed: "
                    + String.join(", ", failedChecks) + "; adopting anyway needs an overrideReason");
        }
        apply(new ProgrammeAdoptedEvent(programmeId, command.adoptedOn(),
                overridden ? command.overrideReason().strip() : null, List.copyOf(failedChecks)));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ProgrammeDefinedEvent event) {
        programmeId = event.programmeId();
        definition = new ProgrammeRevisedEvent(event.programmeId(), event.name(), event.adoptionTargetDate(),
                event.phases(), event.readiness());
    }

    @EventSourcingHandler
    void on(ProgrammeRevisedEvent event) {
        definition = event;
    }

    @EventSourcingHandler
    void on(ProgrammeAdoptedEvent event) {
        adopted = true;
    }
}
