package org.lis.engagement.group.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.lis.events.common.Theme;
import org.lis.events.group.GroupFormedEvent;
import org.lis.events.group.GroupMeetingHeldEvent;
import org.lis.events.group.MemberInvitedEvent;
import org.lis.events.group.MemberJoinedEvent;
import org.lis.events.group.MemberLeftEvent;
import org.lis.support.error.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lis.engagement.EngagementError.ALREADY_A_MEMBER;
import static org.lis.engagement.EngagementError.ATTENDEE_NOT_A_MEMBER;
import static org.lis.engagement.EngagementError.INVALID_GROUP;
import static org.lis.engagement.EngagementError.INVALID_GROUP_DATE;
import static org.lis.engagement.EngagementError.NOT_A_MEMBER;

/**
 * A steering group or task-and-finish group: its convenor, and its members' periods of membership (invited on,
 * joined on, left on), so that a meeting's attendees can be checked against who was a member on the day. A partner
 * leaves and may be invited again: each period is a membership of its own.
 * <p>
 * Forming a group and adding a member need lookups outside it (a name no other group has, partners that are
 * registered), done by {@link GroupCommandHandler}; the other commands need only the group.
 */
public class StandingGroup {

    @AggregateIdentifier
    private String groupId;
    private String convenorPartnerId;
    private String programmeId;
    private List<Theme> themes = List.of();
    /** The open membership (invited or joined, not left) of each partner. */
    private final Map<String, Membership> open = new HashMap<>();
    /** Every period of membership that began with joining, to tell who was a member on a date. */
    private final List<Membership> periods = new ArrayList<>();

    /** One period: invited and/or joined, and left once it ends (a value, so Axon's fixture can compare states). */
    private record Membership(String id, String partnerId, LocalDate invitedOn, LocalDate joinedOn, LocalDate leftOn) {

        private boolean memberOn(LocalDate date) {
            return joinedOn != null && !date.isBefore(joinedOn) && (leftOn == null || !date.isAfter(leftOn));
        }
    }

    protected StandingGroup() {
    }

    /** The convenor's registration was checked, and the name claimed, by the handler. */
    public StandingGroup(FormGroupCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new DomainException(INVALID_GROUP, "name", "name: a group needs a name");
        }
        if (command.kind() == null) {
            throw new DomainException(INVALID_GROUP, "kind", "kind: say what kind of group it is");
        }
        if (command.convenorPartnerId() == null || command.convenorPartnerId().isBlank()) {
            throw new DomainException(INVALID_GROUP, "convenorPartnerId", "convenorPartnerId: a group needs a convenor");
        }
        LocalDate formedOn = command.formedOn() == null ? command.today() : command.formedOn();
        notInFuture(formedOn, command.today(), "formedOn");
        apply(new GroupFormedEvent(command.groupId(), command.name().strip(), command.kind(),
                command.convenorPartnerId(), List.copyOf(new LinkedHashSet<>(command.themes())),
                command.programmeId(), blankToNull(command.description()), formedOn));
    }

    /** The partner's (and inviter's) registration was checked by the handler. */
    public Long handle(AddMemberCommand command) {
        String partnerId = command.partnerId();
        if (partnerId == null || partnerId.isBlank()) {
            throw new DomainException(INVALID_GROUP, "partnerId", "partnerId: name the partner to add");
        }
        if (command.invitedOn() == null && command.joinedOn() == null) {
            throw new DomainException(INVALID_GROUP, "invitedOn",
                    "invitedOn: give the date the partner was invited, joined, or both");
        }
        notInFuture(command.invitedOn(), command.today(), "invitedOn");
        notInFuture(command.joinedOn(), command.today(), "joinedOn");
        notBefore(command.joinedOn(), "joinedOn", command.invitedOn(), "invitedOn");
        if (partnerId.equals(convenorPartnerId)) {
            throw new DomainException(ALREADY_A_MEMBER, "partnerId", "partnerId: " + partnerId
                    + " convenes the group, and counts as its member from its formation");
        }
        Membership current = open.get(partnerId);
        if (current != null) {
            throw new DomainException(ALREADY_A_MEMBER, "partnerId", "partnerId: " + partnerId + " is already "
                    + (current.joinedOn() == null ? "invited to" : "a member of") + " the group");
        }
        if (command.invitedOn() != null) {
            apply(new MemberInvitedEvent(groupId, command.membershipId(), partnerId, command.invitedOn(),
                    blankToNull(command.invitedByPartnerId()), programmeId, themes));
        }
        if (command.joinedOn() != null) {
            apply(new MemberJoinedEvent(groupId, command.membershipId(), partnerId, command.joinedOn(), programmeId,
                    themes));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordMemberJoinedCommand command) {
        if (command.joinedOn() == null) {
            throw new DomainException(INVALID_GROUP, "joinedOn", "joinedOn: give the date the partner joined");
        }
        Membership current = open.get(command.partnerId());
        if (current == null) {
            throw new DomainException(NOT_A_MEMBER, "partnerId", "partnerId: " + command.partnerId()
                    + " was not invited to the group; add it as a member with the date it joined");
        }
        if (current.joinedOn() != null) {
            throw new DomainException(ALREADY_A_MEMBER, "partnerId", "partnerId: " + command.partnerId()
                    + " already joined the group on " + current.joinedOn());
        }
        notInFuture(command.joinedOn(), command.today(), "joinedOn");
        notBefore(command.joinedOn(), "joinedOn", current.invitedOn(), "the invitation (" + current.invitedOn() + ")");
        apply(new MemberJoinedEvent(groupId, current.id(), command.partnerId(), command.joinedOn(), programmeId, themes));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordMemberLeftCommand command) {
        if (command.leftOn() == null) {
            throw new DomainException(INVALID_GROUP, "leftOn", "leftOn: give the date the partner left");
        }
        Membership current = open.get(command.partnerId());
        if (current == null || current.joinedOn() == null) {
            throw new DomainException(NOT_A_MEMBER, "partnerId", "partnerId: " + command.partnerId()
                    + " is not a member of the group" + (current == null ? "" : ": it was invited but never joined"));
        }
        notInFuture(command.leftOn(), command.today(), "leftOn");
        notBefore(command.leftOn(), "leftOn", current.joinedOn(), "joining (" + current.joinedOn() + ")");
        apply(new MemberLeftEvent(groupId, current.id(), command.partnerId(), command.leftOn(),
                blankToNull(command.reason()), programmeId));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordGroupMeetingCommand command) {
        if (command.heldOn() == null) {
            throw new DomainException(INVALID_GROUP, "heldOn", "heldOn: give the date of the meeting");
        }
        List<String> attendees = command.attendeePartnerIds();
        if (attendees.isEmpty() || attendees.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new DomainException(INVALID_GROUP, "attendeePartnerIds",
                    "attendeePartnerIds: name the partners that attended");
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = attendees.stream().filter(id -> !seen.add(id)).distinct().toList();
        if (!repeated.isEmpty()) {
            throw new DomainException(INVALID_GROUP, "attendeePartnerIds", "attendeePartnerIds: "
                    + String.join(", ", repeated) + " named more than once");
        }
        notInFuture(command.heldOn(), command.today(), "heldOn");
        List<String> notMembers = attendees.stream()
                .filter(id -> !id.equals(convenorPartnerId) && !memberOn(id, command.heldOn())).toList();
        if (!notMembers.isEmpty()) {
            throw new DomainException(ATTENDEE_NOT_A_MEMBER, "attendeePartnerIds", "attendeePartnerIds: "
                    + String.join(", ", notMembers) + (notMembers.size() == 1 ? " was" : " were")
                    + " not a member of the group on " + command.heldOn());
        }
        apply(new GroupMeetingHeldEvent(groupId, programmeId, command.meetingId(), command.heldOn(),
                blankToNull(command.title()), attendees, themes, blankToNull(command.notes())));
        return AggregateLifecycle.getVersion();
    }

    private boolean memberOn(String partnerId, LocalDate date) {
        return periods.stream().anyMatch(m -> m.partnerId().equals(partnerId) && m.memberOn(date));
    }

    private static void notInFuture(LocalDate date, LocalDate today, String field) {
        if (date != null && today != null && date.isAfter(today)) {
            throw new DomainException(INVALID_GROUP_DATE, field, field + ": " + date + " is in the future");
        }
    }

    private static void notBefore(LocalDate date, String field, LocalDate earlier, String earlierName) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            throw new DomainException(INVALID_GROUP_DATE, field, field + ": " + date + " is before " + earlierName);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(GroupFormedEvent event) {
        groupId = event.groupId();
        convenorPartnerId = event.convenorPartnerId();
        programmeId = event.programmeId();
        themes = event.themes();
    }

    @EventSourcingHandler
    void on(MemberInvitedEvent event) {
        open.put(event.partnerId(), new Membership(event.membershipId(), event.partnerId(), event.invitedOn(), null,
                null));
    }

    @EventSourcingHandler
    void on(MemberJoinedEvent event) {
        Membership invited = open.get(event.partnerId());
        Membership joined = new Membership(event.membershipId(), event.partnerId(),
                invited == null ? null : invited.invitedOn(), event.joinedOn(), null);
        open.put(event.partnerId(), joined);
        periods.add(joined);
    }

    @EventSourcingHandler
    void on(MemberLeftEvent event) {
        Membership joined = open.remove(event.partnerId());
        if (joined != null) {
            periods.remove(joined);
            periods.add(new Membership(joined.id(), joined.partnerId(), joined.invitedOn(), joined.joinedOn(),
                    event.leftOn()));
        }
    }
}
