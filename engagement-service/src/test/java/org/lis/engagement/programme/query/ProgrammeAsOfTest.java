package org.lis.engagement.programme.query;

import org.junit.jupiter.api.Test;
import org.lis.events.programme.DatePrecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A milestone as it stood at the end of a day: deliveries from their date, slips from when they were recorded. */
class ProgrammeAsOfTest {

    private static final MilestoneView.Slip FIRST = new MilestoneView.Slip(LocalDate.parse("2018-09-24"),
            DatePrecision.WEEK, LocalDate.parse("2018-10-01"), DatePrecision.WEEK, "Evidence late",
            Instant.parse("2018-09-20T10:00:00Z"));
    private static final MilestoneView.Slip SECOND = new MilestoneView.Slip(LocalDate.parse("2018-10-01"),
            DatePrecision.WEEK, LocalDate.parse("2018-10-12"), DatePrecision.DAY, "Board moved",
            Instant.parse("2018-10-02T10:00:00Z"));
    private static final MilestoneView NOW = new MilestoneView("m-1", "Draft LIS vision",
            LocalDate.parse("2018-10-12"), DatePrecision.DAY, MilestoneStatus.DELIVERED, LocalDate.parse("2018-10-11"),
            "Circulated", List.of(FIRST, SECOND));

    @Test
    void beforeAnySlipItWasDueWhereItWasDefined() {
        MilestoneView then = ProgrammeAsOf.asOf(NOW, LocalDate.parse("2018-09-19"));

        assertThat(then.status()).isEqualTo(MilestoneStatus.DUE);
        assertThat(then.dueOn()).isEqualTo(LocalDate.parse("2018-09-24"));
        assertThat(then.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(then.slips()).isEmpty();
        assertThat(then.deliveredOn()).isNull();
    }

    @Test
    void afterTheFirstSlipItWasDueWhereThatSlipMovedIt() {
        MilestoneView then = ProgrammeAsOf.asOf(NOW, LocalDate.parse("2018-09-20"));

        assertThat(then.status()).isEqualTo(MilestoneStatus.SLIPPED);
        assertThat(then.dueOn()).isEqualTo(LocalDate.parse("2018-10-01"));
        assertThat(then.slips()).containsExactly(FIRST);
    }

    @Test
    void fromItsDeliveryDateItIsDelivered() {
        assertThat(ProgrammeAsOf.asOf(NOW, LocalDate.parse("2018-10-10")).status()).isEqualTo(MilestoneStatus.SLIPPED);
        assertThat(ProgrammeAsOf.asOf(NOW, LocalDate.parse("2018-10-11"))).isEqualTo(NOW);
    }
}
