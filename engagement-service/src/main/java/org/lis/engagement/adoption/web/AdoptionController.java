package org.lis.engagement.adoption.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.lis.engagement.programme.command.AdoptProgrammeCommand;
import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.web.IfMatch;
import org.lis.support.web.Responses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The board adopts a programme's strategy, as of the date it gives or today. The command side works out the
 * readiness checks as of that date (see {@code AdoptionCommandHandler}): the programme refuses adoption (409)
 * while any fails without an override reason, and refuses a second adoption. With If-Match, a board member who
 * decided on a programme that has changed since gets 412.
 */
@RestController
public class AdoptionController {

    private final CommandSender commands;
    private final Clock clock;

    public AdoptionController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Operation(summary = "Adopt the strategy; 409 when a readiness check fails without overrideReason, "
            + "or when already adopted")
    @PostMapping("/api/programmes/{programmeId}/adoption")
    @PreAuthorize("hasRole('BOARD')")
    public Mono<ResponseEntity<CommandResult>> adopt(@PathVariable String programmeId,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody AdoptionRequest request) {
        var command = new AdoptProgrammeCommand(programmeId, request.adoptedOn(), request.overrideReason(),
                LocalDate.now(clock), IfMatch.version(ifMatch));
        return commands.update(programmeId, command).map(Responses::ok);
    }
}
