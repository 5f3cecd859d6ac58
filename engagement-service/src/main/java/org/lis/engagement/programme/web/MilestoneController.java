package org.lis.engagement.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.lis.engagement.programme.command.DeliverMilestoneCommand;
import org.lis.engagement.programme.command.RecordMilestoneSlipCommand;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Milestones as they happen: officers record a delivery or a slip; the programme enforces the rules (see
 * {@code Programme}). Milestones are named by the {@code milestoneId} that {@code GET /api/programmes/{id}} shows.
 */
@RestController
@RequestMapping("/api/programmes/{programmeId}/milestones/{milestoneId}")
public class MilestoneController {

    private final CommandSender commands;
    private final Clock clock;

    public MilestoneController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Operation(summary = "Record a milestone as delivered; 404 unknown milestone, 409 already delivered or the "
            + "programme adopted, 422 deliveredOn in the future")
    @PostMapping("/delivered")
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> delivered(@PathVariable String programmeId,
                                                         @PathVariable String milestoneId,
                                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @Valid @RequestBody MilestoneDeliveryRequest request) {
        var command = new DeliverMilestoneCommand(programmeId, milestoneId, request.deliveredOn(), request.note(),
                LocalDate.now(clock), IfMatch.version(ifMatch));
        return commands.update(programmeId, command).map(Responses::ok);
    }

    @Operation(summary = "Record that a milestone slipped to a later date, with its reason; 400 without reason, "
            + "404 unknown milestone, 409 delivered or the programme adopted, 422 newDueOn not after the current due "
            + "date (weeks and months compared by their last day)")
    @PostMapping("/slipped")
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> slipped(@PathVariable String programmeId,
                                                       @PathVariable String milestoneId,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody MilestoneSlipRequest request) {
        var command = new RecordMilestoneSlipCommand(programmeId, milestoneId, request.newDueOn(),
                request.precision(), request.reason(), IfMatch.version(ifMatch));
        return commands.update(programmeId, command).map(Responses::ok);
    }
}
