package org.lis.engagement.programme.command;

import org.lis.events.programme.Milestone;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.error.DomainException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.lis.engagement.EngagementError.INVALID_PROGRAMME;

/** What makes a programme definition coherent: named, dated, phases in order of their own dates. */
final class ProgrammeRules {

    private ProgrammeRules() {
    }

    static void checkDefinition(String name, LocalDate adoptionTargetDate, List<Phase> phases,
                                ReadinessRules readiness) {
        if (name == null || name.isBlank()) {
            invalid("name", "name: a programme needs a non-blank name");
        }
        if (adoptionTargetDate == null) {
            invalid("adoptionTargetDate", "adoptionTargetDate: a programme needs the date the board means to adopt it");
        }
        Set<String> codes = new HashSet<>();
        Set<String> milestoneIds = new HashSet<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            String field = "phases[" + i + "]";
            checkPhase(phase, field);
            if (!codes.add(phase.code())) {
                invalid(field + ".code", "phases: phase code '" + phase.code() + "' is used twice");
            }
            for (int m = 0; m < phase.milestones().size(); m++) {
                // a milestone is known by its name, so two of one name could not be told apart
                String milestone = phase.milestones().get(m).name();
                if (!milestoneIds.add(Milestone.idFor("", milestone))) {
                    invalid(field + ".milestones[" + m + "].name", "phases.milestones: milestone name '" + milestone
                            + "' is used twice in the programme");
                }
            }
        }
        checkReadiness(readiness);
    }

    private static void checkPhase(Phase phase, String field) {
        if (phase == null || phase.code() == null || phase.code().isBlank()) {
            invalid(field + ".code", "phases.code: every phase needs a code");
        }
        if (phase.name() == null || phase.name().isBlank()) {
            invalid(field + ".name", "phases.name: phase '" + phase.code() + "' needs a name");
        }
        if (phase.startsOn() == null || phase.endsOn() == null) {
            invalid(field + (phase.startsOn() == null ? ".startsOn" : ".endsOn"),
                    "phases.startsOn: phase '" + phase.code() + "' needs start and end dates");
        }
        if (phase.firstDay().isAfter(phase.lastDay())) {
            invalid(field + ".endsOn", "phases.endsOn: phase '" + phase.code() + "' ends before it starts");
        }
        for (int m = 0; m < phase.milestones().size(); m++) {
            Milestone milestone = phase.milestones().get(m);
            if (milestone == null || milestone.name() == null || milestone.name().isBlank() || milestone.dueOn() == null) {
                invalid(field + ".milestones[" + m + "]",
                        "phases.milestones: every milestone of phase '" + phase.code() + "' needs a name and a due date");
            }
        }
    }

    private static void checkReadiness(ReadinessRules readiness) {
        if (readiness == null) {
            invalid("readiness", "readiness: a programme needs the rules the board adopts it by");
        }
        if (readiness.minEngagedPerTheme() < 0) {
            invalid("readiness.minEngagedPerTheme", "readiness: minimums cannot be negative");
        }
        if (readiness.minFeedbackPerHypothesis() < 0) {
            invalid("readiness.minFeedbackPerHypothesis", "readiness: minimums cannot be negative");
        }
    }

    private static void invalid(String field, String detail) {
        throw new DomainException(INVALID_PROGRAMME, field, detail);
    }
}
