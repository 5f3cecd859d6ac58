package org.lis.engagement.group.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.engagement.programme.query.KnownProgrammeQueries;
import org.lis.events.common.Theme;
import org.lis.events.group.GroupFormedEvent;
import org.lis.events.group.GroupKind;
import org.lis.events.group.GroupMeetingHeldEvent;
import org.lis.events.group.MemberInvitedEvent;
import org.lis.events.group.MemberJoinedEvent;
import org.lis.events.group.MemberLeftEvent;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.EngagementError.ALREADY_A_MEMBER;
import static org.lis.engagement.EngagementError.ATTENDEE_NOT_A_MEMBER;
import static org.lis.engagement.EngagementError.DUPLICATE_GROUP_NAME;
import static org.lis.engagement.EngagementError.INVALID_GROUP;
import static org.lis.engagement.EngagementError.INVALID_GROUP_DATE;
import static org.lis.engagement.EngagementError.NOT_A_MEMBER;
import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;
import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;
import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The rules of a standing group. Registered partners are "uksa" (the convenor), "bcc", "avdc" and "btvlep"; the
 * programme "prog-1" exists; the name "Taken" belongs to another group.
 */
class StandingGroupTest {

    private static final String GROUP = "g-1";
    private static final LocalDate TODAY = LocalDate.of(2018, 9, 20);
    private static final LocalDate FORMED = LocalDate.of(2018, 3, 1);
    private static final List<Theme> THEMES = List.of(Theme.CLEAN_GROWTH);
    private static final GroupFormedEvent FORMED_EVENT = new GroupFormedEvent(GROUP, "Upstream Space audit",
            GroupKind.STEERING_GROUP, "uksa", THEMES, "prog-1", "Steers the audit", FORMED);
    private static final MemberInvitedEvent BCC_INVITED = new MemberInvitedEvent(GROUP, "m-1", "bcc",
            LocalDate.of(2018, 4, 1), "btvlep", "prog-1", THEMES);
    private static final MemberJoinedEvent BCC_JOINED = new MemberJoinedEvent(GROUP, "m-1", "bcc",
            LocalDate.of(2018, 4, 10), "prog-1", THEMES);

    private final RegisteredPartners partners = mock(RegisteredPartners.class);
    private final GroupNameRegistry names = mock(GroupNameRegistry.class);
    private final KnownProgrammeQueries programmes = mock(KnownProgrammeQueries.class);
    private FixtureConfiguration<StandingGroup> fixture;

    @BeforeEach
    void setUp() {
        when(partners.require(anyString(), anyString())).thenAnswer(call -> List.of("uksa", "bcc", "avdc", "btvlep")
                .contains(call.<String>getArgument(0)) ? Mono.empty()
                : Mono.error(new DomainException(PARTNER_NOT_FOUND, call.getArgument(1), "No partner")));
        when(programmes.require(anyString(), anyString())).thenAnswer(call -> "prog-1".equals(call.getArgument(0))
                ? Mono.empty() : Mono.error(new DomainException(PROGRAMME_NOT_FOUND, call.getArgument(1), "No programme")));
        when(names.claim(anyString(), anyString())).thenAnswer(call -> "taken".equalsIgnoreCase(call.<String>getArgument(1).strip())
                ? Mono.error(new DomainException(DUPLICATE_GROUP_NAME, "name", "Taken")) : Mono.empty());
        when(names.release(anyString(), anyString())).thenReturn(Mono.empty());
        fixture = new AggregateTestFixture<>(StandingGroup.class);
        fixture.registerAnnotatedCommandHandler(new GroupCommandHandler(fixture.getRepository(), names, partners,
                programmes, new CommandProperties(null, null)));
    }

    // forming

    @Test
    void formsGroupLedByRegisteredPartner() {
        fixture.givenNoPriorActivity()
                .when(form(" Upstream Space audit ", "uksa", "prog-1", FORMED))
                .expectEvents(FORMED_EVENT)
                .expectResultMessagePayload(GROUP);
    }

    @Test
    void formsGroupForEveryProgrammeFromToday() {
        fixture.givenNoPriorActivity()
                .when(new FormGroupCommand(GROUP, "Bucks Industrial Strategy", GroupKind.TASK_AND_FINISH, "btvlep",
                        List.of(Theme.AI_AND_DATA, Theme.AI_AND_DATA), null, " ", null, TODAY))
                .expectEvents(new GroupFormedEvent(GROUP, "Bucks Industrial Strategy", GroupKind.TASK_AND_FINISH,
                        "btvlep", List.of(Theme.AI_AND_DATA), null, null, TODAY));
        verify(programmes, never()).require(anyString(), anyString());
    }

    @Test
    void cannotFormGroupWithUnregisteredConvenor() {
        fixture.givenNoPriorActivity().when(form("Upstream Space audit", "nobody", "prog-1", FORMED))
                .expectNoEvents().expectException(refusedWith(PARTNER_NOT_FOUND));
    }

    @Test
    void cannotFormGroupForUnknownProgramme() {
        fixture.givenNoPriorActivity().when(form("Upstream Space audit", "uksa", "prog-x", FORMED))
                .expectNoEvents().expectException(refusedWith(PROGRAMME_NOT_FOUND));
    }

    @Test
    void cannotFormGroupWithNameAnotherGroupHas() {
        fixture.givenNoPriorActivity().when(form(" TAKEN ", "uksa", "prog-1", FORMED))
                .expectNoEvents().expectException(refusedWith(DUPLICATE_GROUP_NAME));
    }

    @Test
    void cannotFormGroupInTheFutureOrWithoutNameKindOrConvenor() {
        fixture.givenNoPriorActivity().when(form("Upstream Space audit", "uksa", "prog-1", TODAY.plusDays(1)))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
        fixture.givenNoPriorActivity().when(form(" ", "uksa", "prog-1", FORMED))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP));
        fixture.givenNoPriorActivity().when(form("Upstream Space audit", null, "prog-1", FORMED))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP));
        fixture.givenNoPriorActivity().when(new FormGroupCommand(GROUP, "Upstream Space audit", null, "uksa", THEMES,
                        null, null, FORMED, TODAY))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP));
    }

    @Test
    void givesTheNameBackWhenTheFormationIsRefused() {
        fixture.givenNoPriorActivity().when(form("Upstream Space audit", "uksa", "prog-1", TODAY.plusDays(1)))
                .expectException(refusedWith(INVALID_GROUP_DATE));
        verify(names).release(GROUP, "Upstream Space audit");
    }

    // members

    @Test
    void invitesPartnerOnBehalfOfAnother() {
        fixture.given(FORMED_EVENT)
                .when(add("bcc", LocalDate.of(2018, 4, 1), null, "btvlep"))
                .expectEvents(BCC_INVITED)
                .expectResultMessagePayload(1L);
    }

    @Test
    void addsPartnerInvitedAndJoinedAtOnce() {
        fixture.given(FORMED_EVENT)
                .when(add("bcc", LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 10), "btvlep"))
                .expectEvents(BCC_INVITED, BCC_JOINED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void addsPartnerThatJoinedWithoutInvitation() {
        fixture.given(FORMED_EVENT)
                .when(add("avdc", null, LocalDate.of(2018, 5, 1), null))
                .expectEvents(new MemberJoinedEvent(GROUP, "m-1", "avdc", LocalDate.of(2018, 5, 1), "prog-1", THEMES));
    }

    @Test
    void cannotAddUnregisteredPartnerOrInviter() {
        fixture.given(FORMED_EVENT).when(add("nobody", TODAY, null, null))
                .expectNoEvents().expectException(refusedWith(PARTNER_NOT_FOUND));
        fixture.given(FORMED_EVENT).when(add("bcc", TODAY, null, "nobody"))
                .expectNoEvents().expectException(refusedWith(PARTNER_NOT_FOUND));
    }

    @Test
    void cannotAddMemberToUnknownGroup() {
        fixture.givenNoPriorActivity().when(add("bcc", TODAY, null, null))
                .expectNoEvents().expectException(AggregateNotFoundException.class);
    }

    @Test
    void cannotAddMemberWithoutAnyDate() {
        fixture.given(FORMED_EVENT).when(add("bcc", null, null, null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP));
    }

    @Test
    void cannotAddPartnerTwiceWhileInvitedOrMember() {
        fixture.given(FORMED_EVENT, BCC_INVITED).when(add("bcc", TODAY, null, null))
                .expectNoEvents().expectException(refusedWith(ALREADY_A_MEMBER));
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED).when(add("bcc", null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(ALREADY_A_MEMBER));
        fixture.given(FORMED_EVENT).when(add("uksa", null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(ALREADY_A_MEMBER));
    }

    @Test
    void canAddPartnerAgainAfterItLeft() {
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED,
                        new MemberLeftEvent(GROUP, "m-1", "bcc", LocalDate.of(2018, 6, 1), null, "prog-1"))
                .when(add("bcc", null, LocalDate.of(2018, 7, 1), null))
                .expectEvents(new MemberJoinedEvent(GROUP, "m-1", "bcc", LocalDate.of(2018, 7, 1), "prog-1", THEMES));
    }

    @Test
    void cannotAddMemberWithDatesInTheFutureOrJoiningBeforeInvitation() {
        fixture.given(FORMED_EVENT).when(add("bcc", TODAY.plusDays(1), null, null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
        fixture.given(FORMED_EVENT).when(add("bcc", null, TODAY.plusDays(1), null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
        fixture.given(FORMED_EVENT).when(add("bcc", LocalDate.of(2018, 4, 10), LocalDate.of(2018, 4, 1), null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
    }

    @Test
    void recordsInvitedPartnerJoining() {
        fixture.given(FORMED_EVENT, BCC_INVITED)
                .when(new RecordMemberJoinedCommand(GROUP, "bcc", LocalDate.of(2018, 4, 10), TODAY, null))
                .expectEvents(BCC_JOINED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotRecordJoiningWithoutInvitationOrTwice() {
        fixture.given(FORMED_EVENT)
                .when(new RecordMemberJoinedCommand(GROUP, "bcc", TODAY, TODAY, null))
                .expectNoEvents().expectException(refusedWith(NOT_A_MEMBER));
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED)
                .when(new RecordMemberJoinedCommand(GROUP, "bcc", TODAY, TODAY, null))
                .expectNoEvents().expectException(refusedWith(ALREADY_A_MEMBER));
    }

    @Test
    void cannotRecordJoiningBeforeInvitationOrInTheFuture() {
        fixture.given(FORMED_EVENT, BCC_INVITED)
                .when(new RecordMemberJoinedCommand(GROUP, "bcc", LocalDate.of(2018, 3, 31), TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
        fixture.given(FORMED_EVENT, BCC_INVITED)
                .when(new RecordMemberJoinedCommand(GROUP, "bcc", TODAY.plusDays(1), TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
        fixture.given(FORMED_EVENT, BCC_INVITED)
                .when(new RecordMemberJoinedCommand(GROUP, "bcc", null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP));
    }

    @Test
    void recordsMemberLeaving() {
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED)
                .when(new RecordMemberLeftCommand(GROUP, "bcc", LocalDate.of(2018, 6, 1), " Reorganised ", TODAY, null))
                .expectEvents(new MemberLeftEvent(GROUP, "m-1", "bcc", LocalDate.of(2018, 6, 1), "Reorganised", "prog-1"));
    }

    @Test
    void cannotLeaveWithoutHavingJoined() {
        fixture.given(FORMED_EVENT, BCC_INVITED)
                .when(new RecordMemberLeftCommand(GROUP, "bcc", TODAY, null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(NOT_A_MEMBER));
        fixture.given(FORMED_EVENT)
                .when(new RecordMemberLeftCommand(GROUP, "avdc", TODAY, null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(NOT_A_MEMBER));
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED,
                        new MemberLeftEvent(GROUP, "m-1", "bcc", LocalDate.of(2018, 6, 1), null, "prog-1"))
                .when(new RecordMemberLeftCommand(GROUP, "bcc", TODAY, null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(NOT_A_MEMBER));
    }

    @Test
    void cannotLeaveBeforeJoiningOrInTheFuture() {
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED)
                .when(new RecordMemberLeftCommand(GROUP, "bcc", LocalDate.of(2018, 4, 9), null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED)
                .when(new RecordMemberLeftCommand(GROUP, "bcc", TODAY.plusDays(1), null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
    }

    // meetings

    @Test
    void recordsMeetingOfMembersOnTheDayAndTheConvenor() {
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED,
                        new MemberLeftEvent(GROUP, "m-1", "bcc", LocalDate.of(2018, 6, 1), null, "prog-1"))
                .when(meeting(LocalDate.of(2018, 6, 1), "uksa", "bcc"))
                .expectEvents(new GroupMeetingHeldEvent(GROUP, "prog-1", "mt-1", LocalDate.of(2018, 6, 1),
                        "Second meeting", List.of("uksa", "bcc"), THEMES, null));
    }

    @Test
    void cannotRecordMeetingAttendedByNonMembersOnTheDay() {
        var left = new MemberLeftEvent(GROUP, "m-1", "bcc", LocalDate.of(2018, 6, 1), null, "prog-1");
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED, left)
                .when(meeting(LocalDate.of(2018, 6, 2), "uksa", "bcc"))
                .expectNoEvents().expectException(refusedWith(ATTENDEE_NOT_A_MEMBER));
        fixture.given(FORMED_EVENT, BCC_INVITED, BCC_JOINED)
                .when(meeting(LocalDate.of(2018, 4, 9), "bcc"))
                .expectNoEvents().expectException(refusedWith(ATTENDEE_NOT_A_MEMBER));
        fixture.given(FORMED_EVENT, BCC_INVITED)
                .when(meeting(LocalDate.of(2018, 5, 1), "bcc", "avdc"))
                .expectNoEvents().expectException(refusedWith(ATTENDEE_NOT_A_MEMBER));
    }

    @Test
    void namesEveryAttendeeThatWasNotAMember() {
        fixture.given(FORMED_EVENT, BCC_INVITED)
                .when(meeting(LocalDate.of(2018, 5, 1), "uksa", "bcc", "avdc"))
                .expectException(DomainException.class)
                .expectExceptionMessage("attendeePartnerIds: bcc, avdc were not a member of the group on 2018-05-01");
    }

    @Test
    void cannotRecordMeetingWithRepeatedOrNoAttendeesOrInTheFuture() {
        fixture.given(FORMED_EVENT).when(meeting(LocalDate.of(2018, 5, 1), "uksa", "uksa"))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP));
        fixture.given(FORMED_EVENT).when(meeting(LocalDate.of(2018, 5, 1)))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP));
        fixture.given(FORMED_EVENT).when(meeting(TODAY.plusDays(1), "uksa"))
                .expectNoEvents().expectException(refusedWith(INVALID_GROUP_DATE));
    }

    @Test
    void theRuleErrorsAreUnprocessableAndTheDuplicatesBadRequests() {
        assertThat(INVALID_GROUP_DATE.kind().name()).isEqualTo("UNPROCESSABLE");
        assertThat(ATTENDEE_NOT_A_MEMBER.kind().name()).isEqualTo("UNPROCESSABLE");
        assertThat(INVALID_GROUP.kind().name()).isEqualTo("INVALID");
        assertThat(ALREADY_A_MEMBER.kind().name()).isEqualTo("CONFLICT");
    }

    private static FormGroupCommand form(String name, String convenor, String programmeId, LocalDate formedOn) {
        return new FormGroupCommand(GROUP, name, GroupKind.STEERING_GROUP, convenor, THEMES, programmeId,
                "Steers the audit", formedOn, TODAY);
    }

    private static AddMemberCommand add(String partnerId, LocalDate invitedOn, LocalDate joinedOn, String invitedBy) {
        return new AddMemberCommand(GROUP, "m-1", partnerId, invitedOn, joinedOn, invitedBy, TODAY, null);
    }

    private static RecordGroupMeetingCommand meeting(LocalDate heldOn, String... attendees) {
        return new RecordGroupMeetingCommand(GROUP, "mt-1", heldOn, "Second meeting", List.of(attendees), " ", TODAY,
                null);
    }
}
