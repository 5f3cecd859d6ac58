package org.lis.workshop.schedule.web;

import java.util.List;

import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.id.IdGenerator;
import org.lis.support.web.IfMatch;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Responses;
import org.lis.support.web.TimeParameters;
import org.lis.workshop.clock.BusinessTimes;
import org.lis.workshop.schedule.command.CancelWorkshopCommand;
import org.lis.workshop.schedule.command.CloseWorkshopCommand;
import org.lis.workshop.schedule.command.RescheduleWorkshopCommand;
import org.lis.workshop.schedule.command.ScheduleWorkshopCommand;
import org.lis.workshop.schedule.command.TableHypothesisCommand;
import org.lis.workshop.schedule.query.WorkshopDetail;
import org.lis.workshop.schedule.query.WorkshopFilter;
import org.lis.workshop.schedule.query.WorkshopQueries;
import org.lis.workshop.schedule.query.WorkshopSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/workshops")
class WorkshopController {

    private final CommandSender commands;
    private final WorkshopQueries queries;
    private final IdGenerator ids;
    private final BusinessTimes times;

    WorkshopController(CommandSender commands, WorkshopQueries queries, IdGenerator ids, BusinessTimes times) {
        this.commands = commands;
        this.queries = queries;
        this.ids = ids;
        this.times = times;
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<CommandResult>> schedule(@Valid @RequestBody ScheduleWorkshopRequest body) {
        List<String> hypothesisIds = body.hypothesisIds() == null ? List.of() : body.hypothesisIds();
        return commands.create(new ScheduleWorkshopCommand(ids.newId(), body.programmeId(), body.phaseCode(),
                        body.title(), body.themes(), body.startsAt(), body.endsAt(), body.venue(), body.capacity(),
                        body.facilitator(), hypothesisIds))
                .map(result -> Responses.created("/api/workshops/" + result.id(), result));
    }

    @PostMapping("/{workshopId}/reschedule")
    @PreAuthorize("hasRole('OFFICER')")
    Mono<ResponseEntity<CommandResult>> reschedule(@PathVariable String workshopId,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody RescheduleWorkshopRequest body) {
        return commands.update(workshopId, new RescheduleWorkshopCommand(workshopId, body.startsAt(), body.endsAt(),
                        body.venue(), IfMatch.version(ifMatch)))
                .map(Responses::ok);
    }

    @PostMapping("/{workshopId}/cancel")
    @PreAuthorize("hasRole('OFFICER')")
    Mono<ResponseEntity<CommandResult>> cancel(@PathVariable String workshopId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody CancelWorkshopRequest body) {
        return commands.update(workshopId, new CancelWorkshopCommand(workshopId, body.reason(),
                        times.orNow(body.cancelledAt(), "cancelledAt"), IfMatch.version(ifMatch)))
                .map(Responses::ok);
    }

    @PostMapping("/{workshopId}/close")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR')")
    Mono<ResponseEntity<CommandResult>> close(@PathVariable String workshopId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestBody(required = false) CloseWorkshopRequest body) {
        var closedAt = times.orNow(body == null ? null : body.closedAt(), "closedAt");
        return commands.update(workshopId, new CloseWorkshopCommand(workshopId, closedAt, IfMatch.version(ifMatch)))
                .map(Responses::ok);
    }

    @PostMapping("/{workshopId}/hypotheses")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR')")
    Mono<ResponseEntity<CommandResult>> table(@PathVariable String workshopId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody TableHypothesisRequest body) {
        return commands.update(workshopId, new TableHypothesisCommand(workshopId, body.hypothesisId(),
                        IfMatch.version(ifMatch)))
                .map(Responses::ok);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    Mono<PageResponse<WorkshopSummary>> list(@RequestParam(required = false) String programmeId,
                                             @RequestParam(required = false) String phaseCode,
                                             @RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        WorkshopFilter filter = new WorkshopFilter(programmeId, phaseCode, TimeParameters.from("from", from),
                TimeParameters.to("to", to));
        return queries.list(filter, PageRequest.of(page, size));
    }

    @GetMapping("/{workshopId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    Mono<ResponseEntity<WorkshopDetail>> one(@PathVariable String workshopId) {
        return queries.detail(workshopId)
                .map(workshop -> ResponseEntity.ok().eTag(Responses.etag(workshop.version())).body(workshop));
    }
}
