package org.lis.engagement.readiness.web;

import io.swagger.v3.oas.annotations.Operation;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.readiness.query.ReadinessCalculator;
import org.lis.engagement.readiness.query.ReadinessReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;

/** Is the programme ready for the board to adopt? Each rule with a check the board can read. */
@RestController
@PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
public class ReadinessController {

    private final CoverageQueries queries;

    public ReadinessController(CoverageQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Readiness checks, today or as of a date ('adoption' for the adoption date)")
    @GetMapping("/api/programmes/{programmeId}/readiness")
    public Mono<ReadinessReport> readiness(@PathVariable String programmeId,
                                           @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false) String recordedBy) {
        Instant recorded = queries.recordedBy(recordedBy);
        return queries.history(programmeId).flatMap(history -> {
            LocalDate on = queries.asOf(asOf, history, recorded);
            return queries.tally(history, on, recorded).map(tally ->
                    ReadinessCalculator.readiness(history, tally, on, recorded));
        });
    }
}
