package org.lis.engagement.programme.query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A programme's milestones as they stood at the end of a day: a delivery counts from its date, a slip from the day
 * it was recorded (a slip has no other date), and a milestone is due where its slips by then had moved it.
 */
public final class ProgrammeAsOf {

    private ProgrammeAsOf() {
    }

    public static ProgrammeView asOf(ProgrammeView programme, LocalDate asOf) {
        List<PhaseView> phases = programme.phases().stream().map(p -> new PhaseView(p.code(), p.name(), p.startsOn(),
                p.startsOnPrecision(), p.endsOn(), p.endsOnPrecision(),
                p.milestones().stream().map(m -> asOf(m, asOf)).toList())).toList();
        return new ProgrammeView(programme.id(), programme.name(), programme.adoptionTargetDate(), phases,
                programme.readiness(), programme.adopted() && !programme.adoptedOn().isAfter(asOf),
                programme.adopted() && !programme.adoptedOn().isAfter(asOf) ? programme.adoptedOn() : null,
                programme.adopted() && !programme.adoptedOn().isAfter(asOf) ? programme.overrideReason() : null,
                programme.adopted() && !programme.adoptedOn().isAfter(asOf) ? programme.failedChecks() : List.of(),
                programme.version(), programme.convenorPartnerId());
    }

    static MilestoneView asOf(MilestoneView m, LocalDate asOf) {
        List<MilestoneView.Slip> slips = m.slips().stream()
                .filter(s -> !s.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(asOf)).toList();
        boolean delivered = m.deliveredOn() != null && !m.deliveredOn().isAfter(asOf);
        var dueOn = m.dueOn();
        var precision = m.precision();
        if (slips.size() < m.slips().size()) {
            // the first slip not yet recorded then moved it from where it was due
            MilestoneView.Slip next = m.slips().get(slips.size());
            dueOn = next.from();
            precision = next.fromPrecision();
        }
        MilestoneStatus status = delivered ? MilestoneStatus.DELIVERED
                : slips.isEmpty() ? MilestoneStatus.DUE : MilestoneStatus.SLIPPED;
        return new MilestoneView(m.milestoneId(), m.name(), dueOn, precision, status,
                delivered ? m.deliveredOn() : null, delivered ? m.deliveryNote() : null, slips);
    }
}
