package org.lis.workshop.schedule.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.lis.workshop.schedule.command.SampleWorkshop.AT;
import static org.lis.workshop.schedule.command.SampleWorkshop.P;
import static org.lis.workshop.schedule.command.SampleWorkshop.W;
import static org.lis.workshop.schedule.command.SampleWorkshop.cancelled;
import static org.lis.workshop.schedule.command.SampleWorkshop.closed;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.Stance;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.attendance.command.MarkNoShowCommand;
import org.lis.workshop.attendance.command.WithdrawCheckInCommand;
import org.lis.workshop.feedback.command.RecordFeedbackCommand;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.invitation.command.RecordRsvpCommand;
import org.lis.workshop.invitation.command.WithdrawInvitationCommand;

/** Check-ins recorded by mistake and invitations sent in error, taken back with a reason. */
class WithdrawalTest {

    private static final Instant LATER = AT.plusSeconds(600);

    private final CommandSideQueries lookups = new CommandSideQueries(P);
    private final AggregateTestFixture<Workshop> fixture = lookups.fixture();

    private static WorkshopScheduledEvent scheduled(int capacity) {
        return SampleWorkshop.scheduled(capacity, List.of("h1"));
    }

    private static AttendeeCheckedInEvent checkedIn(String partnerId, String checkInId) {
        return new AttendeeCheckedInEvent(W, P, partnerId, null, AT, true, checkInId);
    }

    private static WithdrawCheckInCommand withdrawCheckIn(String partnerId, String reason, boolean byOfficer) {
        return new WithdrawCheckInCommand(W, partnerId, reason, LATER, byOfficer, null);
    }

    private static CheckInWithdrawnEvent checkInWithdrawn(String partnerId, String checkInId) {
        return new CheckInWithdrawnEvent(W, P, partnerId, checkInId, LATER, "wrong organisation");
    }

    private static PartnerInvitedEvent invited(String invitationId, String partnerId) {
        return new PartnerInvitedEvent(W, P, invitationId, partnerId, null, AT);
    }

    private static WithdrawInvitationCommand withdrawInvitation(String invitationId, String reason) {
        return new WithdrawInvitationCommand(W, invitationId, reason, LATER, null);
    }

    private static InvitationWithdrawnEvent invitationWithdrawn(String invitationId, String partnerId) {
        return new InvitationWithdrawnEvent(W, P, invitationId, partnerId, LATER, "sent in error");
    }

    // check-ins

    @Test
    void facilitatorCanWithdrawCheckInNamingIt() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"))
                .when(withdrawCheckIn("pa", "  wrong organisation ", false))
                .expectEvents(checkInWithdrawn("pa", "c1"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void officerCanWithdrawCheckInAfterTheWorkshopIsClosed() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"), closed())
                .when(withdrawCheckIn("pa", "wrong organisation", true))
                .expectEvents(checkInWithdrawn("pa", "c1"));
    }

    @Test
    void facilitatorCannotWithdrawCheckInOnceTheWorkshopIsClosed() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"), closed())
                .when(withdrawCheckIn("pa", "wrong organisation", false))
                .expectException(refusedWith(WorkshopError.WITHDRAWAL_NEEDS_OFFICER));
    }

    /** The attendance recorded before a cancellation stays, and so may be corrected. */
    @Test
    void canWithdrawCheckInAtCancelledWorkshop() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"), cancelled())
                .when(withdrawCheckIn("pa", "wrong organisation", true))
                .expectEvents(checkInWithdrawn("pa", "c1"));
    }

    @Test
    void cannotWithdrawCheckInThatWasNeverRecorded() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"))
                .when(withdrawCheckIn("pb", "wrong organisation", true))
                .expectException(refusedWith(WorkshopError.CHECK_IN_NOT_FOUND));
    }

    @Test
    void cannotWithdrawCheckInTwice() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"), checkInWithdrawn("pa", "c1"))
                .when(withdrawCheckIn("pa", "wrong organisation", true))
                .expectException(refusedWith(WorkshopError.CHECK_IN_ALREADY_WITHDRAWN));
    }

    @Test
    void cannotWithdrawCheckInWithoutReason() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"))
                .when(withdrawCheckIn("pa", "  ", true))
                .expectException(refusedWith(WorkshopError.REASON_REQUIRED));
    }

    @Test
    void canCheckInAgainAfterWithdrawal() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"), checkInWithdrawn("pa", "c1"))
                .when(new CheckInAttendeeCommand(W, "pa", null, LATER, true, null, "c2"))
                .expectEvents(new AttendeeCheckedInEvent(W, P, "pa", null, LATER, true, "c2"));
    }

    /** The earlier withdrawal does not reach the later, real arrival: it names its own check-in. */
    @Test
    void withdrawalAfterCheckingInAgainNamesTheNewCheckIn() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"), checkInWithdrawn("pa", "c1"), checkedIn("pa", "c2"))
                .when(withdrawCheckIn("pa", "wrong organisation", true))
                .expectEvents(checkInWithdrawn("pa", "c2"));
    }

    /**
     * A check-in recorded before check-ins carried an id is named by its event's identifier (the fixture makes one
     * up), as coverage names its fact: so it can be withdrawn too.
     */
    @Test
    void olderCheckInWithoutIdCanBeWithdrawn() {
        fixture.given(scheduled(10), new AttendeeCheckedInEvent(W, P, "pa", null, AT, true))
                .when(withdrawCheckIn("pa", "wrong organisation", true))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matches(event ->
                        event instanceof CheckInWithdrawnEvent withdrawn && withdrawn.checkInId() != null
                                && withdrawn.partnerId().equals("pa")), andNoMore())));
    }

    @Test
    void withdrawnPartnerCanBeMarkedNoShow() {
        fixture.given(scheduled(10), invited("i1", "pa"), checkedIn("pa", "c1"), checkInWithdrawn("pa", "c1"))
                .when(new MarkNoShowCommand(W, "pa", LATER, null))
                .expectEvents(new NoShowMarkedEvent(W, P, "pa", LATER));
    }

    /** Feedback in the room needs a check-in that stands; a written submission does not. */
    @Test
    void cannotGiveFeedbackInTheRoomAfterTheCheckInIsWithdrawn() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"), checkInWithdrawn("pa", "c1"))
                .when(new RecordFeedbackCommand(W, "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", false, LATER, null))
                .expectException(refusedWith(WorkshopError.PARTNER_DID_NOT_ATTEND));
    }

    @Test
    void feedbackGivenStaysAfterTheCheckInIsWithdrawn() {
        fixture.given(scheduled(10), checkedIn("pa", "c1"),
                        new FeedbackRecordedEvent(W, P, "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", false, AT))
                .when(withdrawCheckIn("pa", "wrong organisation", false))
                .expectEvents(checkInWithdrawn("pa", "c1"));
    }

    // invitations

    @Test
    void officerCanWithdrawInvitationSentInError() {
        fixture.given(scheduled(10), invited("i1", "pa"))
                .when(withdrawInvitation("i1", " sent in error "))
                .expectEvents(invitationWithdrawn("i1", "pa"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void canWithdrawInvitationOfClosedWorkshop() {
        fixture.given(scheduled(10), invited("i1", "pa"), closed())
                .when(withdrawInvitation("i1", "sent in error"))
                .expectEvents(invitationWithdrawn("i1", "pa"));
    }

    @Test
    void cannotWithdrawUnknownInvitation() {
        fixture.given(scheduled(10), invited("i1", "pa"))
                .when(withdrawInvitation("i2", "sent in error"))
                .expectException(refusedWith(WorkshopError.INVITATION_NOT_FOUND));
    }

    @Test
    void cannotWithdrawInvitationTwice() {
        fixture.given(scheduled(10), invited("i1", "pa"), invitationWithdrawn("i1", "pa"))
                .when(withdrawInvitation("i1", "sent in error"))
                .expectException(refusedWith(WorkshopError.INVITATION_ALREADY_WITHDRAWN));
    }

    @Test
    void cannotWithdrawInvitationOfCancelledWorkshop() {
        fixture.given(scheduled(10), invited("i1", "pa"), cancelled())
                .when(withdrawInvitation("i1", "sent in error"))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    @Test
    void cannotWithdrawInvitationWithoutReason() {
        fixture.given(scheduled(10), invited("i1", "pa"))
                .when(withdrawInvitation("i1", null))
                .expectException(refusedWith(WorkshopError.REASON_REQUIRED));
    }

    @Test
    void withdrawnInvitationTakesNoAnswer() {
        fixture.given(scheduled(10), invited("i1", "pa"), invitationWithdrawn("i1", "pa"))
                .when(new RecordRsvpCommand(W, "i1", RsvpResponse.ACCEPTED, LATER, null))
                .expectException(refusedWith(WorkshopError.INVITATION_WITHDRAWN));
    }

    @Test
    void withdrawnAcceptanceFreesItsPlace() {
        fixture.given(scheduled(1), invited("i1", "pa"), new RsvpRecordedEvent(W, P, "i1", "pa",
                        RsvpResponse.ACCEPTED, AT), invited("i2", "pb"), invitationWithdrawn("i1", "pa"))
                .when(new RecordRsvpCommand(W, "i2", RsvpResponse.ACCEPTED, LATER, null))
                .expectEvents(new RsvpRecordedEvent(W, P, "i2", "pb", RsvpResponse.ACCEPTED, LATER));
    }

    @Test
    void partnerOfWithdrawnInvitationCanBeInvitedAgain() {
        fixture.given(scheduled(10), invited("i1", "pa"), invitationWithdrawn("i1", "pa"))
                .when(new InvitePartnerCommand(W, "i2", "pa", null, LATER, false, null))
                .expectEvents(new PartnerInvitedEvent(W, P, "i2", "pa", null, LATER));
    }

    /** Without the invitation the partner is a walk-in again. */
    @Test
    void partnerOfWithdrawnInvitationChecksInAsWalkIn() {
        fixture.given(scheduled(10), invited("i1", "pa"), invitationWithdrawn("i1", "pa"))
                .when(new CheckInAttendeeCommand(W, "pa", null, LATER, false, null, "c1"))
                .expectException(refusedWith(WorkshopError.NOT_INVITED));
    }
}
