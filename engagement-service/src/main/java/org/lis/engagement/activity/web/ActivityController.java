package org.lis.engagement.activity.web;

import jakarta.validation.Valid;
import org.lis.engagement.activity.command.RecordEngagementActivityCommand;
import org.lis.engagement.activity.query.ActivityQueries;
import org.lis.engagement.activity.query.ActivityView;
import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.web.IfMatch;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;

import static org.lis.engagement.EngagementError.ACTIVITY_NOT_FOUND;

/**
 * Engagement outside workshops, recorded against the partner; the answer's id is the activity's. A programme it
 * names must exist, which the command side checks (see {@code ActivityCommandHandler}).
 */
@RestController
@RequestMapping("/api/partners/{partnerId}/activities")
public class ActivityController {

    private final CommandSender commands;
    private final ActivityQueries activities;
    private final IdGenerator ids;
    private final Clock clock;

    public ActivityController(CommandSender commands, ActivityQueries activities, IdGenerator ids, Clock clock) {
        this.commands = commands;
        this.activities = activities;
        this.ids = ids;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> record(@PathVariable String partnerId,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody ActivityRequest request) {
        String activityId = ids.newId();
        var command = new RecordEngagementActivityCommand(partnerId, activityId, request.kind(), request.occurredOn(),
                request.summary(), request.programmeId(), request.themes(), LocalDate.now(clock),
                IfMatch.version(ifMatch));
        return commands.update(partnerId, command)
                .map(result -> Responses.created("/api/partners/" + partnerId + "/activities/" + activityId,
                        new CommandResult(activityId, result.version())));
    }

    /** The activity a Location header names; it carries no personal data, so every role may read it. */
    @GetMapping("/{activityId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<ActivityView> get(@PathVariable String partnerId, @PathVariable String activityId) {
        return activities.find(partnerId, activityId).switchIfEmpty(Mono.error(() -> new DomainException(
                ACTIVITY_NOT_FOUND, "Partner " + partnerId + " has no activity " + activityId)));
    }
}
