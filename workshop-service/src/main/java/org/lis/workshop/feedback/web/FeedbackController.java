package org.lis.workshop.feedback.web;

import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.web.IfMatch;
import org.lis.support.web.Responses;
import org.lis.workshop.clock.BusinessTimes;
import org.lis.workshop.feedback.command.CorrectFeedbackCommand;
import org.lis.workshop.feedback.command.FeedbackIds;
import org.lis.workshop.feedback.command.RecordFeedbackCommand;
import org.lis.workshop.feedback.query.FeedbackQueries;
import org.lis.workshop.feedback.query.FeedbackView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** Feedback answers with the feedback's id and the workshop's version. */
@RestController
@RequestMapping("/api/workshops/{workshopId}/feedback")
class FeedbackController {

    private final CommandSender commands;
    private final FeedbackQueries queries;
    private final BusinessTimes times;

    FeedbackController(CommandSender commands, FeedbackQueries queries, BusinessTimes times) {
        this.commands = commands;
        this.queries = queries;
        this.times = times;
    }

    /** Feedback given again by the same partner on the same hypothesis at this workshop is refused: correct it. */
    @PostMapping
    @PreAuthorize("hasRole('FACILITATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<CommandResult>> record(@PathVariable String workshopId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody FeedbackRequest body) {
        String feedbackId = FeedbackIds.of(workshopId, body.hypothesisId(), body.partnerId());
        RecordFeedbackCommand command = new RecordFeedbackCommand(workshopId, feedbackId, body.hypothesisId(),
                body.partnerId(), body.stance(), body.confidence(), body.comment(), body.writtenSubmission(),
                times.orNow(body.givenAt(), "givenAt"), IfMatch.version(ifMatch));
        return commands.update(workshopId, command)
                .onErrorMap(Corrections.pointTo(workshopId, feedbackId))
                .map(result -> Responses.created("/api/workshops/" + workshopId + "/feedback/" + feedbackId,
                        new CommandResult(feedbackId, result.version())));
    }

    /** After the workshop is closed only an officer may correct; the aggregate enforces it. */
    @PostMapping("/{feedbackId}/corrections")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR')")
    Mono<ResponseEntity<CommandResult>> correct(@PathVariable String workshopId, @PathVariable String feedbackId,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody CorrectionRequest body) {
        Long expectedVersion = IfMatch.version(ifMatch);
        return senderIsOfficer()
                .flatMap(officer -> commands.update(workshopId, new CorrectFeedbackCommand(workshopId, feedbackId,
                        body.stance(), body.confidence(), body.comment(), body.reason(), officer,
                        times.orNow(body.correctedAt(), "correctedAt"), expectedVersion)))
                .map(result -> Responses.ok(new CommandResult(feedbackId, result.version())));
    }

    @GetMapping("/{feedbackId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    Mono<FeedbackView> one(@PathVariable String workshopId, @PathVariable String feedbackId) {
        return queries.find(workshopId, feedbackId);
    }

    private static Mono<Boolean> senderIsOfficer() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch("ROLE_OFFICER"::equals))
                .defaultIfEmpty(false);
    }
}
