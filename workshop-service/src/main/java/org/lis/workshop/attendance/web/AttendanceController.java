package org.lis.workshop.attendance.web;

import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.web.IfMatch;
import org.lis.support.web.Responses;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.attendance.command.MarkNoShowCommand;
import org.lis.workshop.attendance.command.WithdrawCheckInCommand;
import org.lis.support.id.IdGenerator;
import org.lis.workshop.clock.BusinessTimes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/workshops/{workshopId}")
class AttendanceController {

    private final CommandSender commands;
    private final BusinessTimes times;
    private final IdGenerator ids;

    AttendanceController(CommandSender commands, BusinessTimes times, IdGenerator ids) {
        this.commands = commands;
        this.times = times;
        this.ids = ids;
    }

    @PostMapping("/attendance")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'OFFICER')")
    Mono<ResponseEntity<CommandResult>> checkIn(@PathVariable String workshopId,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody CheckInRequest body) {
        CheckInAttendeeCommand command = new CheckInAttendeeCommand(workshopId, body.partnerId(), body.contactId(),
                times.orNow(body.checkedInAt(), "checkedInAt"), body.walkIn(),
                IfMatch.version(ifMatch), ids.newId());
        return commands.update(workshopId, command).map(Responses::ok);
    }

    @PostMapping("/no-shows")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'OFFICER')")
    Mono<ResponseEntity<CommandResult>> noShow(@PathVariable String workshopId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody NoShowRequest body) {
        MarkNoShowCommand command = new MarkNoShowCommand(workshopId, body.partnerId(),
                times.orNow(body.markedAt(), "markedAt"), IfMatch.version(ifMatch));
        return commands.update(workshopId, command).map(Responses::ok);
    }

    @Operation(summary = "Withdraw the partner's check-in, recorded by mistake, with the reason: it no longer counts "
            + "as attendance (coverage takes it back from its own date, once recorded), feedback already given stays, "
            + "and the partner may be checked in again on arrival. 404 CHECK_IN_NOT_FOUND when the partner has no "
            + "check-in, 409 CHECK_IN_ALREADY_WITHDRAWN, 409 WITHDRAWAL_NEEDS_OFFICER for a facilitator once the "
            + "workshop is closed")
    @PostMapping("/attendance/{partnerId}/withdrawal")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'OFFICER')")
    Mono<ResponseEntity<CommandResult>> withdraw(@PathVariable String workshopId, @PathVariable String partnerId,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody WithdrawalRequest body) {
        Long expectedVersion = IfMatch.version(ifMatch);
        return senderIsOfficer()
                .flatMap(officer -> commands.update(workshopId, new WithdrawCheckInCommand(workshopId, partnerId,
                        body.reason(), times.orNow(body.withdrawnAt(), "withdrawnAt"), officer, expectedVersion)))
                .map(Responses::ok);
    }

    private static Mono<Boolean> senderIsOfficer() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch("ROLE_OFFICER"::equals))
                .defaultIfEmpty(false);
    }
}
