package org.lis.engagement.coverage.query;

import org.lis.events.programme.ReadinessRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme as coverage and readiness see it; {@code adoption} is null until the board adopts. Phase dates are
 * the first and last days they cover (a phase ending "September 2018" ends on the 30th). {@code convenorPartnerId}:
 * the partner convening the programme, which is not counted among the partners in its scope; null for none.
 */
public record ProgrammeInfo(String id, String name, LocalDate adoptionTargetDate, List<PhaseInfo> phases,
                            ReadinessRules readiness, Adoption adoption, String convenorPartnerId) {

    public ProgrammeInfo(String id, String name, LocalDate adoptionTargetDate, List<PhaseInfo> phases,
                         ReadinessRules readiness, Adoption adoption) {
        this(id, name, adoptionTargetDate, phases, readiness, adoption, null);
    }

    public record PhaseInfo(String code, String name, LocalDate startsOn, LocalDate endsOn) {

        /** Whether the phase has a day in {@code from}..{@code until}; an open end reaches any date. */
        boolean overlaps(LocalDate from, LocalDate until) {
            return (startsOn == null || !until.isBefore(startsOn)) && (endsOn == null || !from.isAfter(endsOn));
        }
    }

    public record Adoption(LocalDate adoptedOn, String overrideReason, List<String> failedChecks, Instant recordedAt) {
    }

    /** The adoption as the board knew it by {@code recordedBy}: null when not adopted or recorded later. */
    public Adoption adoptionKnownBy(Instant recordedBy) {
        return adoption == null || adoption.recordedAt().isAfter(recordedBy) ? null : adoption;
    }
}
