package org.lis.engagement.programme.command;

import org.lis.events.programme.Milestone;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.error.DomainException;

import java.util.HashSet;
import java.util.Set;

import static org.lis.engagement.EngagementError.INVALID_PROGRAMME;

/** What makes a programme definition coherent: named, dated, phases in order of their own dates. */
final class ProgrammeRules {

    private ProgrammeRules() {
    }

    static void checkDefinition(DefineProgrammeCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            invalid("name: a programme needs a non-blank name");
        }
        if (command.adoptionTargetDate() == null) {
            invalid("adoptionTargetDate: a programme needs the date the board means to adopt it");
        }
        Set<String> codes = new HashSet<>();
        for (Phase phase : command.phases()) {
            checkPhase(phase);
            if (!codes.add(phase.code())) {
                invalid("phases: phase code '" + phase.code() + "' is used twice");
            }
        }
        checkReadiness(command.readiness());
    }

    private static void checkPhase(Phase phase) {
        if (phase == null || phase.code() == null || phase.code().isBlank()) {
            invalid("phases.code: every phase needs a code");
        }
        if (phase.name() == null || phase.name().isBlank()) {
            invalid("phases.name: phase '" + phase.code() + "' needs a name");
        }
        if (phase.startsOn() == null || phase.endsOn() == null) {
            invalid("phases.startsOn: phase '" + phase.code() + "' needs start and end dates");
        }
        if (phase.startsOn().isAfter(phase.endsOn())) {
            invalid("phases.endsOn: phase '" + phase.code() + "' ends before it starts");
        }
        for (Milestone milestone : phase.milestones()) {
            if (milestone == null || milestone.name() == null || milestone.name().isBlank() || milestone.dueOn() == null) {
                invalid("phases.milestones: every milestone of phase '" + phase.code() + "' needs a name and a due date");
            }
        }
    }

    private static void checkReadiness(ReadinessRules readiness) {
        if (readiness == null) {
            invalid("readiness: a programme needs the rules the board adopts it by");
        }
        if (readiness.minEngagedPerTheme() < 0 || readiness.minFeedbackPerHypothesis() < 0) {
            invalid("readiness: minimums cannot be negative");
        }
    }

    private static void invalid(String detail) {
        throw new DomainException(INVALID_PROGRAMME, detail);
    }
}
