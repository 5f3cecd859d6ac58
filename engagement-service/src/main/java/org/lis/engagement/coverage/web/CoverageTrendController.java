package org.lis.engagement.coverage.web;

import io.swagger.v3.oas.annotations.Operation;
import org.lis.engagement.coverage.query.CoverageComputation;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.coverage.query.CoverageTrend;
import org.lis.engagement.coverage.query.TrendCalculator;
import org.lis.engagement.programme.query.MilestoneView;
import org.lis.engagement.programme.query.ProgrammeQueries;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/** Engaged partners over the programme, weekly and at each milestone, for the board's trend chart. */
@RestController
@PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
public class CoverageTrendController {

    private final CoverageQueries queries;
    private final ProgrammeQueries programmes;

    public CoverageTrendController(CoverageQueries queries, ProgrammeQueries programmes) {
        this.queries = queries;
        this.programmes = programmes;
    }

    @Operation(summary = "Coverage totals each week over the programme and at each milestone and the adoption date",
            description = "recordedBy: an instant (what had been recorded by then) or empty for now. The figures at "
                    + "a date are those of the coverage report as of that date.")
    @GetMapping(path = "/api/programmes/{programmeId}/coverage/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<CoverageTrend> trend(@PathVariable String programmeId,
                                     @RequestParam(required = false) String recordedBy) {
        Instant recorded = queries.recordedBy(recordedBy);
        // the coverage history holds no milestones: the programme's read model names them
        Mono<List<CoverageTrend.MilestoneDate>> milestones = programmes.findById(programmeId)
                .map(p -> p.phases().stream().flatMap(phase -> phase.milestones().stream())
                        .map(CoverageTrendController::marker).toList())
                .defaultIfEmpty(List.of());
        // the pair is delivered on the thread of whichever read finished last: the trend is computed on the workers
        return queries.history(programmeId).zipWith(milestones).publishOn(CoverageComputation.SCHEDULER)
                .map(both -> TrendCalculator.trend(both.getT1(), both.getT2(), recorded));
    }

    private static CoverageTrend.MilestoneDate marker(MilestoneView m) {
        MilestoneView.Slip first = m.slips().isEmpty() ? null : m.slips().get(0);
        MilestoneView.Slip last = m.slips().isEmpty() ? null : m.slips().get(m.slips().size() - 1);
        return new CoverageTrend.MilestoneDate(m.milestoneId(), m.name(), m.dueOn(), m.precision(),
                m.precision().lastDay(m.dueOn()), m.status().name(), m.deliveredOn(),
                first == null ? null : first.from(), last == null ? null : last.reason());
    }
}
