package org.lis.workshop.attendance.web;

import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.web.IfMatch;
import org.lis.support.web.Responses;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.attendance.command.MarkNoShowCommand;
import org.lis.workshop.clock.BusinessTimes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/workshops/{workshopId}")
class AttendanceController {

    private final CommandSender commands;
    private final BusinessTimes times;

    AttendanceController(CommandSender commands, BusinessTimes times) {
        this.commands = commands;
        this.times = times;
    }

    @PostMapping("/attendance")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'OFFICER')")
    Mono<ResponseEntity<CommandResult>> checkIn(@PathVariable String workshopId,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody CheckInRequest body) {
        CheckInAttendeeCommand command = new CheckInAttendeeCommand(workshopId, body.partnerId(), body.contactId(),
                times.orNow(body.checkedInAt(), "checkedInAt"), body.walkIn(),
                IfMatch.version(ifMatch));
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
}
