package org.lis.workshop.invitation.web;

import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.id.IdGenerator;
import org.lis.support.web.IfMatch;
import org.lis.support.web.Responses;
import org.lis.workshop.clock.BusinessTimes;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.invitation.command.RecordRsvpCommand;
import org.lis.workshop.invitation.command.WithdrawInvitationCommand;
import org.lis.workshop.attendance.web.WithdrawalRequest;
import org.lis.workshop.invitation.query.InvitationQueries;
import org.lis.workshop.invitation.query.InvitationView;
import org.lis.workshop.mail.MailSwitch;
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

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** Invitations and RSVPs answer with the invitation's id and the workshop's version. */
@RestController
@RequestMapping("/api/workshops/{workshopId}/invitations")
class InvitationController {

    private final CommandSender commands;
    private final InvitationQueries queries;
    private final IdGenerator ids;
    private final BusinessTimes times;
    private final MailSwitch mail;

    InvitationController(CommandSender commands, InvitationQueries queries, IdGenerator ids, BusinessTimes times,
                         MailSwitch mail) {
        this.commands = commands;
        this.queries = queries;
        this.ids = ids;
        this.times = times;
        this.mail = mail;
    }

    @Operation(summary = "Invite a partner. Without sentAt the system emails the invitation (with its calendar entry "
            + "and personal RSVP links) to the named contact, or to the partner's contacts whose lawful basis allows "
            + "it, where a mail server is configured; the invitation's delivery shows what was sent. With sentAt the "
            + "invitation is recorded as sent by other means at that time, and nobody is emailed.")
    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<CommandResult>> invite(@PathVariable String workshopId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody InvitePartnerRequest body) {
        String invitationId = ids.newId();
        // a time given means sent by other means: only an invitation the system sends now is emailed
        boolean byMail = body.sentAt() == null && mail.on();
        InvitePartnerCommand command = new InvitePartnerCommand(workshopId, invitationId, body.partnerId(),
                body.contactId(), times.orNow(body.sentAt(), "sentAt"), byMail, IfMatch.version(ifMatch));
        return commands.update(workshopId, command)
                .map(result -> Responses.created("/api/workshops/" + workshopId + "/invitations/" + invitationId,
                        new CommandResult(invitationId, result.version())));
    }

    @PostMapping("/{invitationId}/rsvp")
    @PreAuthorize("hasRole('OFFICER')")
    Mono<ResponseEntity<CommandResult>> rsvp(@PathVariable String workshopId, @PathVariable String invitationId,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody RsvpRequest body) {
        RecordRsvpCommand command = new RecordRsvpCommand(workshopId, invitationId, body.response(),
                times.orNow(body.respondedAt(), "respondedAt"), IfMatch.version(ifMatch));
        return commands.update(workshopId, command)
                .map(result -> Responses.ok(new CommandResult(invitationId, result.version())));
    }

    @Operation(summary = "Withdraw an invitation sent in error, with the reason: it takes no RSVP, frees any place it "
            + "held and no longer counts in coverage; if it was emailed, its contacts are told to disregard it, with "
            + "a calendar cancellation. 404 INVITATION_NOT_FOUND, 409 INVITATION_ALREADY_WITHDRAWN, 409 "
            + "WORKSHOP_CANCELLED")
    @PostMapping("/{invitationId}/withdrawal")
    @PreAuthorize("hasRole('OFFICER')")
    Mono<ResponseEntity<CommandResult>> withdraw(@PathVariable String workshopId, @PathVariable String invitationId,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody WithdrawalRequest body) {
        WithdrawInvitationCommand command = new WithdrawInvitationCommand(workshopId, invitationId, body.reason(),
                times.orNow(body.withdrawnAt(), "withdrawnAt"), IfMatch.version(ifMatch));
        return commands.update(workshopId, command)
                .map(result -> Responses.ok(new CommandResult(invitationId, result.version())));
    }

    @GetMapping("/{invitationId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    Mono<InvitationView> one(@PathVariable String workshopId, @PathVariable String invitationId) {
        return queries.find(workshopId, invitationId);
    }
}
