package org.lis.engagement.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.lis.engagement.partner.query.KnownPartnerQueries;
import org.lis.engagement.programme.command.DefineProgrammeCommand;
import org.lis.engagement.programme.command.ReviseProgrammeCommand;
import org.lis.engagement.programme.query.ProgrammeAsOf;
import org.lis.engagement.programme.query.ProgrammeQueries;
import org.lis.engagement.programme.query.ProgrammeView;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;

import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;

/** Strategy programmes: defined by officers, read by everyone. Adoption has its own endpoint. */
@RestController
@RequestMapping("/api/programmes")
public class ProgrammeController {

    private final CommandSender commands;
    private final ProgrammeQueries programmes;
    private final IdGenerator ids;
    private final KnownPartnerQueries partners;

    public ProgrammeController(CommandSender commands, ProgrammeQueries programmes, IdGenerator ids,
                               KnownPartnerQueries partners) {
        this.commands = commands;
        this.programmes = programmes;
        this.ids = ids;
        this.partners = partners;
    }

    @Operation(summary = "Define a programme; dates are days unless startsOnPrecision, endsOnPrecision or a "
            + "milestone's precision says WEEK or MONTH; convenorPartnerId, when given, must be a registered "
            + "partner (404 PARTNER_NOT_FOUND)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> define(@Valid @RequestBody ProgrammeRequest request) {
        String programmeId = ids.newId();
        return convenorKnown(request)
                .then(Mono.defer(() -> commands.create(new DefineProgrammeCommand(programmeId, request.name(),
                        request.adoptionTargetDate(), request.toPhases(), request.readiness().toRules(),
                        request.convenor()))))
                .map(result -> Responses.created("/api/programmes/" + programmeId, result));
    }

    @Operation(summary = "Revise a programme before its adoption: the whole definition, as for POST; a phase "
            + "that workshops are scheduled in must stay (409 PHASE_IN_USE); after adoption 409 ALREADY_ADOPTED; "
            + "milestones keep their id, delivery and slips when their name is kept")
    @PutMapping("/{programmeId}")
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> revise(@PathVariable String programmeId,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody ProgrammeRequest request) {
        var command = new ReviseProgrammeCommand(programmeId, request.name(), request.adoptionTargetDate(),
                request.toPhases(), request.readiness().toRules(), request.convenor(), IfMatch.version(ifMatch));
        return convenorKnown(request).then(Mono.defer(() -> commands.update(programmeId, command)))
                .map(Responses::ok);
    }

    /** The convenor must be a registered partner: checked before anything is sent, so a refusal records nothing. */
    private Mono<Void> convenorKnown(ProgrammeRequest request) {
        return request.convenor() == null ? Mono.empty() : partners.require(request.convenor(), "convenorPartnerId");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<PageResponse<ProgrammeView>> list(@RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size) {
        return programmes.find(PageRequest.of(page, size));
    }

    @Operation(summary = "One programme; with asOf (a date), its milestones and adoption as they stood at the end "
            + "of that day: deliveries from their date, slips from the day they were recorded")
    @GetMapping("/{programmeId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<ResponseEntity<ProgrammeView>> get(@PathVariable String programmeId,
                                                   @RequestParam(required = false) LocalDate asOf) {
        return programmes.findById(programmeId)
                .switchIfEmpty(Mono.error(() -> new DomainException(PROGRAMME_NOT_FOUND, "No programme " + programmeId)))
                .map(programme -> ResponseEntity.ok().eTag(Responses.etag(programme.version()))
                        .body(asOf == null ? programme : ProgrammeAsOf.asOf(programme, asOf)));
    }
}
