package org.lis.engagement.coverage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.lis.engagement.coverage.query.CoverageCalculator;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.coverage.query.CoverageReport;
import org.lis.engagement.coverage.query.PartnerCoverageRow;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The board's coverage of a programme, today or as of any date and as recorded by any instant. */
@RestController
@RequestMapping("/api/programmes/{programmeId}/coverage")
@PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
public class CoverageController {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final CoverageQueries queries;
    private final ConsultationAsOf consultations;

    public CoverageController(CoverageQueries queries, ConsultationAsOf consultations) {
        this.queries = queries;
        this.consultations = consultations;
    }

    @Operation(summary = "Coverage totals, groups and gaps",
            description = "asOf: a date, 'adoption' (the adoption date), 'consultation:{consultationId}' (the "
                    + "date that consultation window closes) or empty for today; recordedBy: an instant "
                    + "(what had been recorded by then) or empty for now")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<CoverageReport> coverage(@PathVariable String programmeId,
                                         @Parameter(example = "2018-10-05") @RequestParam(required = false) String asOf,
                                         @RequestParam(required = false) String recordedBy,
                                         @Parameter(schema = @Schema(
                                                 allowableValues = {"TYPE", "SECTOR", "THEME", "DISTRICT", "PHASE"}))
                                         @RequestParam(required = false) String groupBy) {
        var grouping = CoverageQueries.groupBy(groupBy);
        Instant recorded = queries.recordedBy(recordedBy);
        return consultations.resolve(programmeId, asOf).flatMap(date -> queries.history(programmeId)
                .flatMap(history -> {
                    LocalDate on = queries.asOf(date, history, recorded);
                    return queries.standings(history, on, recorded).map(standings ->
                            CoverageCalculator.report(history, standings, on, recorded, grouping));
                }));
    }

    @Operation(summary = "One row a partner: level, counts and engagement dates")
    @GetMapping(path = "/partners", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<PageResponse<PartnerCoverageRow>> partners(@PathVariable String programmeId,
                                                           @RequestParam(required = false) String asOf,
                                                           @RequestParam(required = false) String recordedBy,
                                                           @RequestParam(required = false) Integer page,
                                                           @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return rows(programmeId, asOf, recordedBy).map(rows -> PageResponse.of(rows.stream()
                .skip(paging.offset()).limit(paging.size()).toList(), paging, rows.size()));
    }

    @Operation(summary = "The same rows as CSV (RFC 4180, header line), every partner")
    @GetMapping(path = "/partners", produces = "text/csv")
    public Mono<ResponseEntity<String>> partnersCsv(@PathVariable String programmeId,
                                                    @RequestParam(required = false) String asOf,
                                                    @RequestParam(required = false) String recordedBy) {
        return rows(programmeId, asOf, recordedBy).map(rows -> ResponseEntity.ok()
                .contentType(new MediaType(TEXT_CSV, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coverage-" + programmeId + ".csv\"")
                .body(CoverageCsv.write(rows)));
    }

    private Mono<List<PartnerCoverageRow>> rows(String programmeId, String asOf, String recordedBy) {
        Instant recorded = queries.recordedBy(recordedBy);
        return consultations.resolve(programmeId, asOf).flatMap(given -> queries.history(programmeId)
                .flatMap(history -> queries.standings(history, queries.asOf(given, history, recorded), recorded))
                .map(standings -> standings.stream().map(PartnerCoverageRow::of).toList()));
    }
}
