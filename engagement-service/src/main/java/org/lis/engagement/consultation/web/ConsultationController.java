package org.lis.engagement.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.lis.engagement.consultation.command.CloseConsultationEarlyCommand;
import org.lis.engagement.consultation.command.OpenConsultationCommand;
import org.lis.engagement.consultation.command.RecordConsultationResponseCommand;
import org.lis.engagement.consultation.query.ConsultationQueries;
import org.lis.engagement.consultation.query.ConsultationView;
import org.lis.engagement.consultation.query.ResponseView;
import org.lis.engagement.programme.query.ProgrammeQueries;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;

import static org.lis.engagement.EngagementError.CONSULTATION_NOT_FOUND;
import static org.lis.engagement.EngagementError.CONSULTATION_RESPONSE_NOT_FOUND;
import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;

/**
 * Consultation windows on a programme's draft strategy and the partners' responses: officers open windows and
 * record responses, everyone reads them (responses are organisations' positions, not personal data).
 */
@RestController
public class ConsultationController {

    private final CommandSender commands;
    private final ConsultationQueries consultations;
    private final ProgrammeQueries programmes;
    private final IdGenerator ids;
    private final Clock clock;

    public ConsultationController(CommandSender commands, ConsultationQueries consultations,
                                  ProgrammeQueries programmes, IdGenerator ids, Clock clock) {
        this.commands = commands;
        this.consultations = consultations;
        this.programmes = programmes;
        this.ids = ids;
        this.clock = clock;
    }

    @Operation(summary = "Open a consultation window of a programme",
            description = "404 PROGRAMME_NOT_FOUND; 409 ALREADY_ADOPTED once the board adopted the strategy; "
                    + "422 CONSULTATION_WINDOW when closesOn is before opensOn")
    @PostMapping("/api/programmes/{programmeId}/consultations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> open(@PathVariable String programmeId,
                                                    @Valid @RequestBody ConsultationRequest request) {
        String consultationId = ids.newId();
        return commands.create(new OpenConsultationCommand(consultationId, programmeId, request.title(),
                        request.subject(), request.opensOn(), request.closesOn(), request.themes(),
                        request.hypothesisIds()))
                .map(result -> Responses.created("/api/consultations/" + consultationId, result));
    }

    @Operation(summary = "A programme's consultation windows, the earliest first, each with its responses")
    @GetMapping("/api/programmes/{programmeId}/consultations")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<PageResponse<ConsultationView>> list(@PathVariable String programmeId,
                                                     @RequestParam(required = false) Integer page,
                                                     @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return programmes.findById(programmeId)
                .switchIfEmpty(Mono.error(() -> new DomainException(PROGRAMME_NOT_FOUND, "No programme " + programmeId)))
                .flatMap(programme -> consultations.findByProgramme(programmeId, paging));
    }

    @Operation(summary = "A consultation window: status today, responses with partner names, counts by stance")
    @GetMapping("/api/consultations/{consultationId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<ResponseEntity<ConsultationView>> get(@PathVariable String consultationId) {
        return consultations.findById(consultationId)
                .switchIfEmpty(Mono.error(() -> notFound(consultationId)))
                .map(view -> ResponseEntity.ok().eTag(Responses.etag(view.version())).body(view));
    }

    @Operation(summary = "Record a partner's response",
            description = "A partner may respond more than once; each response is recorded and counted. "
                    + "404 PARTNER_NOT_FOUND (field partnerId); 422 CONSULTATION_NOT_OPEN (received before the "
                    + "window opened), CONSULTATION_CLOSED (after it closed, unless late.reason is given), "
                    + "RESPONSE_IN_FUTURE, HYPOTHESIS_NOT_CONSULTED")
    @PostMapping("/api/consultations/{consultationId}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> respond(@PathVariable String consultationId,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody ResponseRequest request) {
        String responseId = ids.newId();
        var command = new RecordConsultationResponseCommand(consultationId, responseId, request.partnerId(),
                request.receivedOn(), request.summary(), request.stance(), request.toStances(), request.lateReason(),
                LocalDate.now(clock), IfMatch.version(ifMatch));
        return commands.update(consultationId, command)
                .map(result -> Responses.created("/api/consultations/" + consultationId + "/responses/" + responseId,
                        new CommandResult(responseId, result.version())));
    }

    @Operation(summary = "Close a window before its planned end",
            description = "The window then closes on closesOn (included): later responses are late. 422 "
                    + "CONSULTATION_WINDOW when closesOn is before the opening or a response received in the window, "
                    + "not before the planned close, or in the future")
    @PostMapping("/api/consultations/{consultationId}/close-early")
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> closeEarly(@PathVariable String consultationId,
                                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                          @Valid @RequestBody CloseEarlyRequest request) {
        return commands.update(consultationId, new CloseConsultationEarlyCommand(consultationId, request.closesOn(),
                        request.reason(), LocalDate.now(clock), IfMatch.version(ifMatch)))
                .map(Responses::ok);
    }

    @Operation(summary = "One response, as a Location header names it")
    @GetMapping("/api/consultations/{consultationId}/responses/{responseId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<ResponseView> response(@PathVariable String consultationId, @PathVariable String responseId) {
        return consultations.findResponse(consultationId, responseId).switchIfEmpty(Mono.error(() ->
                new DomainException(CONSULTATION_RESPONSE_NOT_FOUND, "Consultation " + consultationId
                        + " has no response " + responseId)));
    }

    private static DomainException notFound(String consultationId) {
        return new DomainException(CONSULTATION_NOT_FOUND, "No consultation " + consultationId);
    }
}
