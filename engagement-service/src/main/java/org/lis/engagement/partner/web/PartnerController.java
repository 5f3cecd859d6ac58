package org.lis.engagement.partner.web;

import jakarta.validation.Valid;
import org.lis.engagement.contact.query.ContactQueries;
import org.lis.engagement.partner.command.RegisterPartnerCommand;
import org.lis.engagement.partner.command.UpdatePartnerCommand;
import org.lis.engagement.partner.query.PartnerActivityQueries;
import org.lis.engagement.partner.query.PartnerDetail;
import org.lis.engagement.partner.query.PartnerEngagementQueries;
import org.lis.engagement.partner.query.PartnerFilter;
import org.lis.engagement.partner.query.PartnerQueries;
import org.lis.engagement.partner.query.PartnerSummary;
import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;
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
import org.springframework.security.core.Authentication;
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

import java.time.Clock;
import java.time.LocalDate;

import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;

/** The partner register. Unique names are the command side's rule (see {@code PartnerCommandHandler}). */
@RestController
@RequestMapping("/api/partners")
public class PartnerController {

    private final CommandSender commands;
    private final PartnerQueries partners;
    private final ContactQueries contacts;
    private final PartnerEngagementQueries engagement;
    private final PartnerActivityQueries activities;
    private final IdGenerator ids;
    private final Clock clock;

    public PartnerController(CommandSender commands, PartnerQueries partners, ContactQueries contacts,
                             PartnerEngagementQueries engagement, PartnerActivityQueries activities, IdGenerator ids,
                             Clock clock) {
        this.commands = commands;
        this.partners = partners;
        this.contacts = contacts;
        this.engagement = engagement;
        this.activities = activities;
        this.ids = ids;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> register(@Valid @RequestBody PartnerRequest request) {
        String partnerId = ids.newId();
        var command = new RegisterPartnerCommand(partnerId, request.name(), request.classification(),
                LocalDate.now(clock));
        return commands.create(command).map(result -> Responses.created("/api/partners/" + partnerId, result));
    }

    @PutMapping("/{partnerId}")
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> update(@PathVariable String partnerId,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody PartnerUpdateRequest request) {
        LocalDate effectiveOn = request.effectiveOn() != null ? request.effectiveOn() : LocalDate.now(clock);
        var command = new UpdatePartnerCommand(partnerId, request.name(), request.classification(), effectiveOn,
                IfMatch.version(ifMatch));
        return commands.update(partnerId, command).map(Responses::ok);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<PageResponse<PartnerSummary>> list(@RequestParam(required = false) PartnerType type,
                                                   @RequestParam(required = false) String sector,
                                                   @RequestParam(required = false) Theme theme,
                                                   @RequestParam(required = false) String district,
                                                   @RequestParam(required = false) Boolean keyPartner,
                                                   @RequestParam(required = false) String q,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return partners.find(new PartnerFilter(type, sector, theme, district, keyPartner, q), paging);
    }

    /** Contacts' personal data only for officers: facilitators and the board get the partner without them. */
    @GetMapping("/{partnerId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    public Mono<ResponseEntity<PartnerDetail>> get(@PathVariable String partnerId, Authentication user) {
        boolean officer = user.getAuthorities().stream().anyMatch(a -> "ROLE_OFFICER".equals(a.getAuthority()));
        return partners.findById(partnerId)
                .switchIfEmpty(Mono.error(() -> new DomainException(PARTNER_NOT_FOUND, "No partner " + partnerId)))
                .flatMap(partner -> Mono.zip(engagement.engagementOf(partnerId), activities.activitiesOf(partnerId))
                        .flatMap(engaged -> officer
                        ? contacts.contactsOf(partnerId).map(visible -> partner.withEngagement(engaged.getT1(),
                                engaged.getT2(), visible))
                        : Mono.just(partner.withEngagement(engaged.getT1(), engaged.getT2(), null))))
                .map(partner -> ResponseEntity.ok().eTag(Responses.etag(partner.version())).body(partner));
    }
}
