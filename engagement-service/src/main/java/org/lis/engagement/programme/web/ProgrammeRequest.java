package org.lis.engagement.programme.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/programmes}. Field checks here; the rules that relate fields (unique phase
 * codes, a phase ending before it starts) belong to the aggregate, which names the field in its detail.
 * Dates are days unless their precision says WEEK (week commencing) or MONTH; {@code convenorPartnerId}, when
 * given, must be a registered partner.
 */
public record ProgrammeRequest(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull LocalDate adoptionTargetDate,
        @Size(max = 50) List<@NotNull @Valid PhaseRequest> phases,
        @NotNull @Valid ReadinessRequest readiness,
        @Size(max = 100) @SingleLine String convenorPartnerId) {

    public ProgrammeRequest(String name, LocalDate adoptionTargetDate, List<PhaseRequest> phases,
                            ReadinessRequest readiness) {
        this(name, adoptionTargetDate, phases, readiness, null);
    }

    public record PhaseRequest(@NotBlank @Size(max = 50) @SingleLine String code,
                               @NotBlank @Size(max = 200) @SingleLine String name,
                               @NotNull LocalDate startsOn,
                               @NotNull LocalDate endsOn,
                               @Size(max = 100) List<@NotNull @Valid MilestoneRequest> milestones,
                               DatePrecision startsOnPrecision,
                               DatePrecision endsOnPrecision) {

        public PhaseRequest(String code, String name, LocalDate startsOn, LocalDate endsOn,
                            List<MilestoneRequest> milestones) {
            this(code, name, startsOn, endsOn, milestones, null, null);
        }

        Phase toPhase() {
            return new Phase(code.strip(), name.strip(), startsOn, endsOn, milestones == null ? List.of()
                    : milestones.stream().map(m -> new Milestone(m.name().strip(), m.dueOn(),
                            DatePrecision.orDay(m.precision()))).toList(),
                    DatePrecision.orDay(startsOnPrecision), DatePrecision.orDay(endsOnPrecision));
        }
    }

    public record MilestoneRequest(@NotBlank @Size(max = 200) @SingleLine String name, @NotNull LocalDate dueOn,
                                   DatePrecision precision) {

        public MilestoneRequest(String name, LocalDate dueOn) {
            this(name, dueOn, null);
        }
    }

    public record ReadinessRequest(boolean keyPartnersEngaged,
                                   @Min(0) int minEngagedPerTheme,
                                   @Min(0) int minFeedbackPerHypothesis) {

        ReadinessRules toRules() {
            return new ReadinessRules(keyPartnersEngaged, minEngagedPerTheme, minFeedbackPerHypothesis);
        }
    }

    /** The convenor named, or null for none (a blank id names none). */
    String convenor() {
        return convenorPartnerId == null || convenorPartnerId.isBlank() ? null : convenorPartnerId.strip();
    }

    List<Phase> toPhases() {
        return phases == null ? List.of() : phases.stream().map(PhaseRequest::toPhase).toList();
    }
}
