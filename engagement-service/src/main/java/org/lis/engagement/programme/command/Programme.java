package org.lis.engagement.programme.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.MilestoneDeliveredEvent;
import org.lis.events.programme.MilestoneSlippedEvent;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.support.error.DomainException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lis.engagement.EngagementError.ALREADY_ADOPTED;
import static org.lis.engagement.EngagementError.INVALID_ADOPTION;
import static org.lis.engagement.EngagementError.INVALID_MILESTONE_CHANGE;
import static org.lis.engagement.EngagementError.MILESTONE_ALREADY_DELIVERED;
import static org.lis.engagement.EngagementError.MILESTONE_DATE_REFUSED;
import static org.lis.engagement.EngagementError.MILESTONE_NOT_FOUND;
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
    /** The definition as it stands (milestones at their current due dates), so saving it unchanged records nothing. */
    private ProgrammeRevisedEvent definition;
    /** The ids of the milestones delivered; kept across revisions, which know milestones by name. */
    private final Set<String> delivered = new HashSet<>();

    protected Programme() {
    }

    @CommandHandler
    public Programme(DefineProgrammeCommand command) {
        ProgrammeRules.checkDefinition(command.name(), command.adoptionTargetDate(), command.phases(),
                command.readiness());
        apply(new ProgrammeDefinedEvent(command.programmeId(), command.name().strip(), command.adoptionTargetDate(),
                command.phases(), command.readiness(), command.convenorPartnerId()));
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
                command.adoptionTargetDate(), command.phases(), command.readiness(), command.convenorPartnerId());
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

    /** A delivery, dated by when it happened, once per milestone and before adoption. */
    @CommandHandler
    public Long handle(DeliverMilestoneCommand command) {
        Located milestone = milestoneBeforeAdoption(command.milestoneId());
        if (delivered.contains(command.milestoneId())) {
            throw new DomainException(MILESTONE_ALREADY_DELIVERED, "Milestone '" + milestone.milestone().name()
                    + "' is already delivered");
        }
        if (command.deliveredOn() == null) {
            throw new DomainException(INVALID_MILESTONE_CHANGE, "deliveredOn", "deliveredOn: a delivery needs its date");
        }
        if (command.deliveredOn().isAfter(command.today())) {
            throw new DomainException(MILESTONE_DATE_REFUSED, "deliveredOn", "deliveredOn: " + command.deliveredOn()
                    + " is in the future; record a delivery once it has happened");
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        apply(new MilestoneDeliveredEvent(programmeId, milestone.phaseCode(), command.milestoneId(),
                milestone.milestone().name(), command.deliveredOn(), note));
        return AggregateLifecycle.getVersion();
    }

    /** A slip, with its reason, to a date that ends after the one the milestone is now due by. */
    @CommandHandler
    public Long handle(RecordMilestoneSlipCommand command) {
        Located located = milestoneBeforeAdoption(command.milestoneId());
        Milestone milestone = located.milestone();
        if (delivered.contains(command.milestoneId())) {
            throw new DomainException(MILESTONE_ALREADY_DELIVERED, "Milestone '" + milestone.name()
                    + "' is delivered: a delivered milestone cannot slip");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new DomainException(INVALID_MILESTONE_CHANGE, "reason", "reason: say why the milestone slipped");
        }
        if (command.newDueOn() == null) {
            throw new DomainException(INVALID_MILESTONE_CHANGE, "newDueOn", "newDueOn: a slip needs the new due date");
        }
        DatePrecision precision = DatePrecision.orDay(command.precision());
        if (!precision.lastDay(command.newDueOn()).isAfter(milestone.dueBy())) {
            throw new DomainException(MILESTONE_DATE_REFUSED, "newDueOn", "newDueOn: a slip moves '"
                    + milestone.name() + "' later than it is now due (by " + milestone.dueBy() + ")");
        }
        apply(new MilestoneSlippedEvent(programmeId, located.phaseCode(), command.milestoneId(), milestone.name(),
                milestone.dueOn(), milestone.precision(), command.newDueOn(), precision,
                command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    private Located milestoneBeforeAdoption(String milestoneId) {
        Located milestone = definition.phases().stream()
                .flatMap(p -> p.milestones().stream().map(m -> new Located(p.code(), m)))
                .filter(m -> Milestone.idFor(programmeId, m.milestone().name()).equals(milestoneId))
                .findFirst()
                .orElseThrow(() -> new DomainException(MILESTONE_NOT_FOUND, "Programme " + programmeId
                        + " has no milestone " + milestoneId));
        if (adopted) {
            throw new DomainException(ALREADY_ADOPTED, "Programme " + programmeId
                    + " is adopted: its milestones stand as the board adopted them");
        }
        return milestone;
    }

    private record Located(String phaseCode, Milestone milestone) {
    }

    @EventSourcingHandler
    void on(ProgrammeDefinedEvent event) {
        programmeId = event.programmeId();
        definition = new ProgrammeRevisedEvent(event.programmeId(), event.name(), event.adoptionTargetDate(),
                event.phases(), event.readiness(), event.convenorPartnerId());
    }

    @EventSourcingHandler
    void on(MilestoneDeliveredEvent event) {
        delivered.add(event.milestoneId());
    }

    /** The definition now holds the new due date, as an officer revising it would see it. */
    @EventSourcingHandler
    void on(MilestoneSlippedEvent event) {
        List<Phase> phases = definition.phases().stream().map(p -> new Phase(p.code(), p.name(), p.startsOn(),
                p.endsOn(), p.milestones().stream()
                .map(m -> Milestone.idFor(programmeId, m.name()).equals(event.milestoneId())
                        ? new Milestone(m.name(), event.newDueOn(), event.newPrecision()) : m)
                .toList(), p.startsOnPrecision(), p.endsOnPrecision())).toList();
        definition = new ProgrammeRevisedEvent(programmeId, definition.name(), definition.adoptionTargetDate(), phases,
                definition.readiness(), definition.convenorPartnerId());
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
