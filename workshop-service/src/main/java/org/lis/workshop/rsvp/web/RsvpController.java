package org.lis.workshop.rsvp.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.error.DomainException;
import org.lis.support.security.PublicPaths;
import org.lis.support.web.Responses;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.invitation.command.RecordRsvpCommand;
import org.lis.workshop.invitation.query.InvitationQueries;
import org.lis.workshop.replica.ReplicaQueries;
import org.lis.workshop.rsvp.link.RsvpLink;
import org.lis.workshop.rsvp.link.RsvpLinks;
import org.lis.workshop.schedule.query.WorkshopQueries;
import org.lis.workshop.schedule.query.WorkshopStatus;
import org.lis.workshop.schedule.query.WorkshopSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/**
 * Personal RSVP links, with no sign-in: the token is the credential, good for its one invitation until the workshop
 * ends. An answer goes through the same command as an officer's, capacity rules included, with the invitee as the
 * actor ({@code invitee:<invitationId>}). The console's pages at {@code /rsvp/{token}} call these.
 */
@RestController
@RequestMapping("/api/rsvp/{token}")
public class RsvpController {

    static final String ENDED = "ENDED";
    /** The invitation was sent in error and withdrawn: it takes no answer. */
    static final String WITHDRAWN = "WITHDRAWN";

    private final RsvpLinks links;
    private final WorkshopQueries workshops;
    private final InvitationQueries invitations;
    private final ReplicaQueries replica;
    private final CommandSender commands;
    private final Clock clock;

    RsvpController(RsvpLinks links, WorkshopQueries workshops, InvitationQueries invitations, ReplicaQueries replica,
                   CommandSender commands, Clock clock) {
        this.links = links;
        this.workshops = workshops;
        this.invitations = invitations;
        this.replica = replica;
        this.commands = commands;
        this.clock = clock;
    }

    /** The only paths of this service open without signing in, besides health and the API documentation. */
    @Bean
    static PublicPaths rsvpLinkPaths() {
        return new PublicPaths("/api/rsvp/*");
    }

    @Operation(summary = "What a personal RSVP link is for (no sign-in: the token is the credential); 404 when "
            + "no such link was issued")
    @GetMapping
    Mono<RsvpLinkView> show(@PathVariable String token) {
        return link(token).flatMap(link -> Mono.zip(workshops.find(link.workshopId()),
                        invitations.find(link.workshopId(), link.invitationId()))
                .flatMap(found -> replica.partnerName(found.getT2().partnerId()).map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .map(partnerName -> {
                            WorkshopSummary workshop = found.getT1();
                            String unusable = found.getT2().counts()
                                    ? unusableBecause(workshop, clock.instant()) : WITHDRAWN;
                            return new RsvpLinkView(workshop.id(), link.invitationId(), workshop.title(),
                                    workshop.startsAt(), workshop.endsAt(), workshop.venue(), workshop.status(),
                                    partnerName.orElse(null), found.getT2().response(), unusable == null, unusable);
                        })));
    }

    @Operation(summary = "Answer an invitation with a personal RSVP link (no sign-in): the same rules as an "
            + "officer's RSVP, capacity included; 409 RSVP_LINK_EXPIRED once the workshop has ended, WORKSHOP_FULL "
            + "for an acceptance over capacity, WORKSHOP_CANCELLED, WORKSHOP_CLOSED, or INVITATION_WITHDRAWN for an "
            + "invitation withdrawn as sent in error")
    @PostMapping
    Mono<ResponseEntity<CommandResult>> answer(@PathVariable String token,
                                               @Valid @RequestBody RsvpAnswerRequest body) {
        Instant now = clock.instant();
        return link(token).flatMap(link -> workshops.find(link.workshopId()).flatMap(workshop -> {
            if (!now.isBefore(workshop.endsAt())) {
                return Mono.error(new DomainException(WorkshopError.RSVP_LINK_EXPIRED, "This link could be used "
                        + "until the workshop ended, at " + workshop.endsAt()));
            }
            var invitee = new PreAuthenticatedAuthenticationToken("invitee:" + link.invitationId(), null, List.of());
            return commands.update(link.workshopId(), new RecordRsvpCommand(link.workshopId(), link.invitationId(),
                            body.response(), now, null))
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(invitee))
                    .map(result -> Responses.ok(new CommandResult(link.invitationId(), result.version())));
        }));
    }

    private Mono<RsvpLink> link(String token) {
        return links.find(token).switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.RSVP_LINK_UNKNOWN,
                "This RSVP link is not known: it may have been copied incompletely")));
    }

    private static String unusableBecause(WorkshopSummary workshop, Instant now) {
        if (workshop.status() == WorkshopStatus.CANCELLED) {
            return WorkshopStatus.CANCELLED.name();
        }
        if (workshop.status() == WorkshopStatus.CLOSED) {
            return WorkshopStatus.CLOSED.name();
        }
        return now.isBefore(workshop.endsAt()) ? null : ENDED;
    }
}
