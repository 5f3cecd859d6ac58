package org.lis.engagement.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.lis.engagement.activity.command.CorrectActivityCommand;
import org.lis.engagement.activity.command.RecordActivityCommand;
import org.lis.engagement.activity.command.WithdrawActivityCommand;
import org.lis.engagement.activity.query.ActivityDetail;
import org.lis.engagement.activity.query.SharedActivityQueries;
import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.web.IfMatch;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Responses;
import org.springframework.http.HttpHeaders;
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
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;

import static org.lis.engagement.EngagementError.ACTIVITY_NOT_FOUND;

/**
 * Engagement outside workshops with one or more partners, recorded once: a round table with a university and civil
 * servants counts for each of them. Corrected or withdrawn with a reason, never edited.
 */
@RestController
@RequestMapping("/api/activities")
public class SharedActivityController {

    private final CommandSender commands;
    private final SharedActivityQueries activities;
    private final IdGenerator ids;
    private final Clock clock;

    public SharedActivityController(CommandSender commands, SharedActivityQueries activities, IdGenerator ids,
                                    Clock clock) {
        this.commands = commands;
        this.activities = activities;
        this.ids = ids;
        this.clock = clock;
    }

    @Operation(summary = "Record an activity with one or more registered partners (400 for no, over 50 or repeated "
            + "partnerIds; 404 naming partnerIds for a partner not registered, programmeId for an unknown programme)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> record(@Valid @RequestBody SharedActivityRequest request) {
        String activityId = ids.newId();
        return commands.create(new RecordActivityCommand(activityId, request.kind(), request.occurredOn(),
                        request.summary(), request.programmeId(), request.themes(), request.partnerIds(),
                        LocalDate.now(clock)))
                .map(result -> Responses.created("/api/activities/" + activityId, result));
    }

    @Operation(summary = "Correct an activity: what is given replaces, with a reason. 404 unknown activity; 409 "
            + "withdrawn, or recorded on a partner before corrections (ACTIVITY_PREDATES_CORRECTIONS); 422 a "
            + "correction that changes nothing or a date in the future; 412 stale If-Match")
    @PostMapping("/{activityId}/corrections")
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> correct(@PathVariable String activityId,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody CorrectionRequest request) {
        var command = new CorrectActivityCommand(activityId, request.kind(), request.occurredOn(), request.summary(),
                request.themes(), request.partnerIds(), request.reason(), LocalDate.now(clock),
                IfMatch.version(ifMatch));
        return commands.update(activityId, command).map(Responses::ok);
    }

    @Operation(summary = "Withdraw an activity entered by mistake, with a reason; it no longer counts for any "
            + "partner. 404 unknown activity; 409 already withdrawn; 412 stale If-Match")
    @PostMapping("/{activityId}/withdrawal")
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> withdraw(@PathVariable String activityId,
                                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @Valid @RequestBody WithdrawalRequest request) {
        var command = new WithdrawActivityCommand(activityId, request.reason(), IfMatch.version(ifMatch));
        return commands.update(activityId, command).map(Responses::ok);
    }

    @Operation(summary = "Activities recorded with POST /api/activities, most recent first, optionally those naming "
            + "a partner or of a programme; withdrawn ones included, with their status")
    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<PageResponse<ActivityDetail>> list(@RequestParam(required = false) String partnerId,
                                                   @RequestParam(required = false) String programmeId,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        return activities.find(partnerId, programmeId, PageRequest.of(page, size));
    }

    /** An activity carries no personal data, so every role may read it. */
    @GetMapping("/{activityId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<ResponseEntity<ActivityDetail>> get(@PathVariable String activityId) {
        return activities.find(activityId)
                .switchIfEmpty(Mono.error(() -> new DomainException(ACTIVITY_NOT_FOUND, "No activity " + activityId)))
                .map(activity -> ResponseEntity.ok().eTag(Responses.etag(activity.version())).body(activity));
    }
}
