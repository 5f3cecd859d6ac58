package org.lis.workshop.hypothesis.web;

import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.id.IdGenerator;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Responses;
import org.lis.workshop.hypothesis.command.ProposeHypothesisCommand;
import org.lis.workshop.hypothesis.query.HypothesisDetail;
import org.lis.workshop.hypothesis.query.HypothesisQueries;
import org.lis.workshop.hypothesis.query.HypothesisSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/hypotheses")
class HypothesisController {

    private final CommandSender commands;
    private final HypothesisQueries queries;
    private final IdGenerator ids;

    HypothesisController(CommandSender commands, HypothesisQueries queries, IdGenerator ids) {
        this.commands = commands;
        this.queries = queries;
        this.ids = ids;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<CommandResult>> propose(@Valid @RequestBody ProposeHypothesisRequest body) {
        return commands.create(new ProposeHypothesisCommand(ids.newId(), body.programmeId(), body.title(),
                        body.statement(), body.themes(), body.sectors()))
                .map(result -> Responses.created("/api/hypotheses/" + result.id(), result));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    Mono<PageResponse<HypothesisSummary>> list(@RequestParam(required = false) String programmeId,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return queries.list(programmeId, PageRequest.of(page, size));
    }

    @GetMapping("/{hypothesisId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    Mono<HypothesisDetail> one(@PathVariable String hypothesisId) {
        return queries.detail(hypothesisId);
    }
}
