package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.Test;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.fresh.FreshReads;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What is computed from a programme's history runs on the coverage workers, whichever thread read it. */
class CoverageOffEventLoopTest {

    private static final CoverageHistory HISTORY = new CoverageHistory(new ProgrammeInfo("p-1", "LIS",
            LocalDate.of(2018, 12, 31), List.of(), new ReadinessRules(false, 0, 0), null),
            List.of(), List.of(), Map.of(), Map.of());

    @Test
    @SuppressWarnings("unchecked")
    void theHistoryIsDeliveredOnTheCoverageWorkers() {
        CoverageHistoryCache histories = mock(CoverageHistoryCache.class);
        FreshReads fresh = mock(FreshReads.class);
        when(histories.forProgramme("p-1")).thenReturn(Optional.of(HISTORY));
        when(fresh.read(eq(CoverageProjection.PROCESSING_GROUP), any()))
                .thenAnswer(call -> ((Supplier<Mono<CoverageHistory>>) call.getArgument(1)).get());
        CoverageQueries queries = new CoverageQueries(histories, fresh, Clock.systemUTC());

        String thread = queries.history("p-1").map(history -> Thread.currentThread().getName()).block();

        assertThat(thread).startsWith("coverage-");
    }
}
