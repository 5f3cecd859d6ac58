package org.lis.engagement.group.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.lis.engagement.group.command.AddMemberCommand;
import org.lis.engagement.group.command.FormGroupCommand;
import org.lis.engagement.group.command.RecordGroupMeetingCommand;
import org.lis.engagement.group.command.RecordMemberJoinedCommand;
import org.lis.engagement.group.command.RecordMemberLeftCommand;
import org.lis.engagement.group.query.GroupQueries;
import org.lis.engagement.group.query.GroupSummary;
import org.lis.engagement.group.query.GroupView;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;

import static org.lis.engagement.EngagementError.GROUP_NOT_FOUND;

/**
 * Steering groups and task-and-finish groups: officers form them and record members and meetings; every role reads
 * them (they name organisations only). The rules are the group's ({@code StandingGroup}); registered partners and a
 * free name are checked on the command side ({@code GroupCommandHandler}).
 */
@RestController
@RequestMapping("/api/groups")
public class GroupController {

    private final CommandSender commands;
    private final GroupQueries groups;
    private final IdGenerator ids;
    private final Clock clock;

    public GroupController(CommandSender commands, GroupQueries groups, IdGenerator ids, Clock clock) {
        this.commands = commands;
        this.groups = groups;
        this.ids = ids;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Form a steering group or task-and-finish group, led by a registered partner (its convenor, "
            + "who counts as a member from formedOn, default today)")
    public Mono<ResponseEntity<CommandResult>> form(@Valid @RequestBody GroupRequest request) {
        String groupId = ids.newId();
        var command = new FormGroupCommand(groupId, request.name(), request.kind(), request.convenorPartnerId(),
                request.themes(), request.programmeId(), request.description(), request.formedOn(), today());
        return commands.create(command).map(result -> Responses.created("/api/groups/" + groupId, result));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    @Operation(summary = "Groups in name order; partnerId gives those the partner convenes or was invited to or a member of")
    public Mono<PageResponse<GroupSummary>> list(@RequestParam(required = false) String partnerId,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size) {
        return groups.find(partnerId, PageRequest.of(page, size));
    }

    @GetMapping("/{groupId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    @Operation(summary = "A group with its members' periods (invited, joined, left) and status, and its meetings")
    public Mono<ResponseEntity<GroupView>> get(@PathVariable String groupId) {
        return groups.findById(groupId)
                .switchIfEmpty(Mono.error(() -> new DomainException(GROUP_NOT_FOUND, "No group " + groupId)))
                .map(group -> ResponseEntity.ok().eTag(Responses.etag(group.version())).body(group));
    }

    @PostMapping("/{groupId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Invite a partner to the group (invitedOn), record that it joined (joinedOn), or both")
    public Mono<ResponseEntity<CommandResult>> addMember(@PathVariable String groupId,
                                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @Valid @RequestBody MemberRequest request) {
        String membershipId = ids.newId();
        var command = new AddMemberCommand(groupId, membershipId, request.partnerId(), request.invitedOn(),
                request.joinedOn(), request.invitedByPartnerId(), today(), IfMatch.version(ifMatch));
        return commands.update(groupId, command).map(result -> Responses.created("/api/groups/" + groupId,
                new CommandResult(membershipId, result.version())));
    }

    @PostMapping("/{groupId}/members/{partnerId}/joined")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "An invited partner joined the group")
    public Mono<ResponseEntity<CommandResult>> joined(@PathVariable String groupId, @PathVariable String partnerId,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody JoinedRequest request) {
        var command = new RecordMemberJoinedCommand(groupId, partnerId, request.joinedOn(), today(),
                IfMatch.version(ifMatch));
        return commands.update(groupId, command).map(Responses::ok);
    }

    @PostMapping("/{groupId}/members/{partnerId}/left")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "A member left the group; it counts as engaged up to then, and stays engaged after")
    public Mono<ResponseEntity<CommandResult>> left(@PathVariable String groupId, @PathVariable String partnerId,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                    @Valid @RequestBody LeftRequest request) {
        var command = new RecordMemberLeftCommand(groupId, partnerId, request.leftOn(), request.reason(), today(),
                IfMatch.version(ifMatch));
        return commands.update(groupId, command).map(Responses::ok);
    }

    @PostMapping("/{groupId}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Record a meeting of the group once, with the partners that attended (members on the day, or the convenor)")
    public Mono<ResponseEntity<CommandResult>> meeting(@PathVariable String groupId,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody MeetingRequest request) {
        String meetingId = ids.newId();
        var command = new RecordGroupMeetingCommand(groupId, meetingId, request.heldOn(), request.title(),
                request.attendeePartnerIds(), request.notes(), today(), IfMatch.version(ifMatch));
        return commands.update(groupId, command).map(result -> Responses.created("/api/groups/" + groupId,
                new CommandResult(meetingId, result.version())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
