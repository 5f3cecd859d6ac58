package org.lis.engagement.adoption.web;

import io.swagger.v3.oas.annotations.Operation;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.programme.command.AdoptProgrammeCommand;
import org.lis.engagement.readiness.query.ReadinessCalculator;
import org.lis.engagement.readiness.query.ReadinessReport;
import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.web.IfMatch;
import org.lis.support.web.Responses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The board adopts a programme's strategy. The readiness checks are computed here, as of the adoption
 * date, and the failed ones travel with the command: the programme refuses adoption (409) while any
 * fails without an override reason, and refuses a second adoption. With If-Match, a board member who
 * decided on a programme that has changed since gets 412.
 */
@RestController
public class AdoptionController {

    private final CoverageQueries queries;
    private final CommandSender commands;
    private final Clock clock;

    public AdoptionController(CoverageQueries queries, CommandSender commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @Operation(summary = "Adopt the strategy; 409 when a readiness check fails without overrideReason, "
            + "or when already adopted")
    @PostMapping("/api/programmes/{programmeId}/adoption")
    @PreAuthorize("hasRole('BOARD')")
    public Mono<ResponseEntity<CommandResult>> adopt(@PathVariable String programmeId,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @RequestBody AdoptionRequest request) {
        Long expectedVersion = IfMatch.version(ifMatch);
        LocalDate today = LocalDate.now(clock);
        LocalDate adoptedOn = request.adoptedOn() != null ? request.adoptedOn() : today;
        return queries.history(programmeId)
                .map(history -> ReadinessCalculator.readiness(history, adoptedOn, clock.instant()))
                .map(ReadinessReport::failedChecks)
                .flatMap(failed -> commands.update(programmeId,
                        new AdoptProgrammeCommand(programmeId, adoptedOn, request.overrideReason(), failed, today,
                                expectedVersion)))
                .map(Responses::ok);
    }
}
