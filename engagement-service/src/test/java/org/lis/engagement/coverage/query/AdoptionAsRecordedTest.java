package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.Test;
import org.lis.engagement.readiness.query.ReadinessCalculator;
import org.lis.events.programme.ReadinessRules;
import org.lis.engagement.EngagementError;
import org.lis.support.error.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adoption is a recorded fact like any other: asked as recorded before it, the programme was not adopted. */
class AdoptionAsRecordedTest {

    private static final LocalDate ADOPTED_ON = LocalDate.of(2019, 1, 11);
    private static final Instant RECORDED = Instant.parse("2019-01-11T17:00:00Z");
    private static final Instant BEFORE = Instant.parse("2019-01-11T09:00:00Z");
    private static final Instant AFTER = Instant.parse("2019-01-12T09:00:00Z");

    private final CoverageQueries queries = new CoverageQueries(null, null, Clock.fixed(AFTER, ZoneOffset.UTC));
    private final CoverageHistory history = new CoverageHistory(new ProgrammeInfo("p-1", "LIS",
            LocalDate.of(2018, 12, 31), List.of(), new ReadinessRules(false, 0, 0),
            new ProgrammeInfo.Adoption(ADOPTED_ON, "Deadline", List.of("keyPartnersEngaged"), RECORDED)),
            List.of(), List.of(), Map.of(), Map.of());

    @Test
    void asOfAdoptionIsTheAdoptionDateOnceRecorded() {
        assertThat(queries.asOf("adoption", history, AFTER)).isEqualTo(ADOPTED_ON);
        assertThat(CoverageCalculator.report(history, ADOPTED_ON, AFTER, GroupBy.TYPE).adoptedOn()).isEqualTo(ADOPTED_ON);
        assertThat(ReadinessCalculator.readiness(history, ADOPTED_ON, AFTER).adoption()).isNotNull();
    }

    @Test
    void cannotAskAsOfAnAdoptionNotYetRecorded() {
        assertThatThrownBy(() -> queries.asOf("adoption", history, BEFORE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(EngagementError.NOT_ADOPTED));
        assertThat(CoverageCalculator.report(history, ADOPTED_ON, BEFORE, GroupBy.TYPE).adoptedOn()).isNull();
        assertThat(ReadinessCalculator.readiness(history, ADOPTED_ON, BEFORE).adoption()).isNull();
    }
}
