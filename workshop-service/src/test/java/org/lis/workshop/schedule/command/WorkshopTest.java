package org.lis.workshop.schedule.command;

import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.lis.workshop.schedule.command.SampleWorkshop.AT;
import static org.lis.workshop.schedule.command.SampleWorkshop.ENDS;
import static org.lis.workshop.schedule.command.SampleWorkshop.P;
import static org.lis.workshop.schedule.command.SampleWorkshop.STARTS;
import static org.lis.workshop.schedule.command.SampleWorkshop.W;
import static org.lis.workshop.schedule.command.SampleWorkshop.cancelled;
import static org.lis.workshop.schedule.command.SampleWorkshop.closed;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.Stance;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.attendance.command.MarkNoShowCommand;
import org.lis.workshop.feedback.command.CorrectFeedbackCommand;
import org.lis.workshop.feedback.command.RecordFeedbackCommand;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.invitation.command.RecordRsvpCommand;

class WorkshopTest {

    private final CommandSideQueries lookups = new CommandSideQueries(P);
    private final AggregateTestFixture<Workshop> fixture = lookups.fixture();

    private static WorkshopScheduledEvent scheduled(int capacity) {
        return SampleWorkshop.scheduled(capacity, List.of("h1"));
    }

    private static PartnerInvitedEvent invited(String invitationId, String partnerId) {
        return new PartnerInvitedEvent(W, P, invitationId, partnerId, null, AT);
    }

    private static RecordRsvpCommand answer(String invitationId, RsvpResponse response) {
        return new RecordRsvpCommand(W, invitationId, response, AT, null);
    }

    private static RsvpRecordedEvent rsvp(String invitationId, String partnerId, RsvpResponse response) {
        return new RsvpRecordedEvent(W, P, invitationId, partnerId, response, AT);
    }

    private static AttendeeCheckedInEvent checkedIn(String partnerId, boolean walkIn) {
        return new AttendeeCheckedInEvent(W, P, partnerId, null, AT, walkIn);
    }

    private static FeedbackRecordedEvent feedback(String feedbackId, String partnerId, boolean written) {
        return new FeedbackRecordedEvent(W, P, feedbackId, "h1", partnerId, Stance.SUPPORT, 4, "yes", written, AT);
    }

    private static RecordFeedbackCommand giveFeedback(String hypothesisId, String partnerId, boolean written) {
        return new RecordFeedbackCommand(W, "f1", hypothesisId, partnerId, Stance.SUPPORT, 4, "yes", written, AT, null);
    }

    // schedule

    @Test
    void canScheduleWorkshop() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshopCommand(W, P, "PH2", "AI workshop", List.of(Theme.AI_AND_DATA), STARTS, ENDS,
                        "Buckingham", 10, "facilitator", List.of("h1", "h1")))
                .expectEvents(scheduled(10));
    }

    @Test
    void cannotScheduleWorkshopEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshopCommand(W, P, "PH2", "t", List.of(), ENDS, STARTS, "v", 10, "f", List.of()))
                .expectException(refusedWith(WorkshopError.INVALID_SCHEDULE));
    }

    @Test
    void cannotScheduleWorkshopWithoutPlaces() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshopCommand(W, P, "PH2", "t", List.of(), STARTS, ENDS, "v", 0, "f", List.of()))
                .expectException(refusedWith(WorkshopError.INVALID_CAPACITY));
    }

    @Test
    void cannotScheduleWorkshopOverMaximumCapacity() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshopCommand(W, P, "PH2", "t", List.of(), STARTS, ENDS, "v", 10_001, "f",
                        List.of()))
                .expectException(refusedWith(WorkshopError.INVALID_CAPACITY));
    }

    // reschedule

    @Test
    void canRescheduleWorkshop() {
        Instant later = STARTS.plusSeconds(86_400);
        fixture.given(scheduled(10))
                .when(new RescheduleWorkshopCommand(W, later, later.plusSeconds(3600), "Aylesbury", null))
                .expectEvents(new WorkshopRescheduledEvent(W, later, later.plusSeconds(3600), "Aylesbury"))
                .expectResultMessagePayload(1L);
    }

    /** The event carries the venue in force afterwards, which readers of the event alone rely on. */
    @Test
    void canRescheduleKeepingTheVenueInForce() {
        Instant later = STARTS.plusSeconds(86_400);
        fixture.given(scheduled(10), new WorkshopRescheduledEvent(W, STARTS, ENDS, "Aylesbury"))
                .when(new RescheduleWorkshopCommand(W, later, later.plusSeconds(3600), null, null))
                .expectEvents(new WorkshopRescheduledEvent(W, later, later.plusSeconds(3600), "Aylesbury"));
    }

    @Test
    void cannotRescheduleWithEndsAtBeforeStartsAt() {
        fixture.given(scheduled(10))
                .when(new RescheduleWorkshopCommand(W, ENDS, STARTS, null, null))
                .expectException(refusedWith(WorkshopError.INVALID_SCHEDULE));
    }

    @Test
    void cannotRescheduleCancelledWorkshop() {
        fixture.given(scheduled(10), cancelled())
                .when(new RescheduleWorkshopCommand(W, STARTS, ENDS, null, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    @Test
    void cannotRescheduleClosedWorkshop() {
        fixture.given(scheduled(10), closed())
                .when(new RescheduleWorkshopCommand(W, STARTS, ENDS, null, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CLOSED));
    }

    // cancel

    @Test
    void canCancelWorkshopWithReason() {
        fixture.given(scheduled(10))
                .when(new CancelWorkshopCommand(W, " venue flooded ", AT, null))
                .expectEvents(new WorkshopCancelledEvent(W, P, "venue flooded", AT));
    }

    @Test
    void cannotCancelWorkshopWithoutReason() {
        fixture.given(scheduled(10))
                .when(new CancelWorkshopCommand(W, "  ", AT, null))
                .expectException(refusedWith(WorkshopError.REASON_REQUIRED));
    }

    @Test
    void cannotCancelWorkshopTwice() {
        fixture.given(scheduled(10), cancelled())
                .when(new CancelWorkshopCommand(W, "again", AT, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    @Test
    void cannotCancelClosedWorkshop() {
        fixture.given(scheduled(10), closed())
                .when(new CancelWorkshopCommand(W, "too late", AT, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CLOSED));
    }

    // close

    @Test
    void canCloseWorkshop() {
        fixture.given(scheduled(10))
                .when(new CloseWorkshopCommand(W, AT, null))
                .expectEvents(closed());
    }

    @Test
    void cannotCloseWorkshopTwice() {
        fixture.given(scheduled(10), closed())
                .when(new CloseWorkshopCommand(W, AT, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CLOSED));
    }

    @Test
    void cannotCloseCancelledWorkshop() {
        fixture.given(scheduled(10), cancelled())
                .when(new CloseWorkshopCommand(W, AT, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    // table hypotheses

    @Test
    void canTableHypothesis() {
        fixture.given(scheduled(10))
                .when(new TableHypothesisCommand(W, "h2", null))
                .expectEvents(new HypothesisTabledEvent(W, P, "h2"));
    }

    @Test
    void cannotTableHypothesisTwice() {
        fixture.given(scheduled(10))
                .when(new TableHypothesisCommand(W, "h1", null))
                .expectException(refusedWith(WorkshopError.HYPOTHESIS_ALREADY_TABLED));
    }

    @Test
    void cannotTableHypothesisOfAnotherProgramme() {
        lookups.hypothesisOf("h2", "other");
        fixture.given(scheduled(10))
                .when(new TableHypothesisCommand(W, "h2", null))
                .expectException(refusedWith(WorkshopError.HYPOTHESIS_OF_OTHER_PROGRAMME));
    }

    @Test
    void cannotTableHypothesisAtCancelledWorkshop() {
        fixture.given(scheduled(10), cancelled())
                .when(new TableHypothesisCommand(W, "h2", null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    // invitations

    @Test
    void canInviteToScheduledWorkshop() {
        fixture.given(scheduled(10))
                .when(new InvitePartnerCommand(W, "i1", "pa", "c1", AT, false, null))
                .expectEvents(new PartnerInvitedEvent(W, P, "i1", "pa", "c1", AT))
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotInviteTwice() {
        fixture.given(scheduled(10), invited("i1", "pa"))
                .when(new InvitePartnerCommand(W, "i2", "pa", null, AT, false, null))
                .expectException(refusedWith(WorkshopError.PARTNER_ALREADY_INVITED));
    }

    @Test
    void cannotInviteToCancelledWorkshop() {
        fixture.given(scheduled(10), cancelled())
                .when(new InvitePartnerCommand(W, "i1", "pa", null, AT, false, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    @Test
    void cannotInviteToClosedWorkshop() {
        fixture.given(scheduled(10), closed())
                .when(new InvitePartnerCommand(W, "i1", "pa", null, AT, false, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CLOSED));
    }

    // RSVPs and capacity

    @Test
    void canAcceptWhilePlacesRemain() {
        fixture.given(scheduled(1), invited("i1", "pa"))
                .when(answer("i1", RsvpResponse.ACCEPTED))
                .expectEvents(rsvp("i1", "pa", RsvpResponse.ACCEPTED));
    }

    @Test
    void cannotAcceptOverCapacity() {
        fixture.given(scheduled(1), invited("i1", "pa"), invited("i2", "pb"), rsvp("i1", "pa", RsvpResponse.ACCEPTED))
                .when(answer("i2", RsvpResponse.ACCEPTED))
                .expectException(refusedWith(WorkshopError.WORKSHOP_FULL));
    }

    @Test
    void canAcceptPlaceFreedByDecline() {
        fixture.given(scheduled(1), invited("i1", "pa"), invited("i2", "pb"),
                        rsvp("i1", "pa", RsvpResponse.ACCEPTED), rsvp("i1", "pa", RsvpResponse.DECLINED))
                .when(answer("i2", RsvpResponse.ACCEPTED))
                .expectEvents(rsvp("i2", "pb", RsvpResponse.ACCEPTED));
    }

    @Test
    void canDeclineWhenFull() {
        fixture.given(scheduled(1), invited("i1", "pa"), invited("i2", "pb"), rsvp("i1", "pa", RsvpResponse.ACCEPTED))
                .when(answer("i2", RsvpResponse.TENTATIVE))
                .expectEvents(rsvp("i2", "pb", RsvpResponse.TENTATIVE));
    }

    @Test
    void canChangeAnswer() {
        fixture.given(scheduled(1), invited("i1", "pa"), rsvp("i1", "pa", RsvpResponse.ACCEPTED))
                .when(answer("i1", RsvpResponse.DECLINED))
                .expectEvents(rsvp("i1", "pa", RsvpResponse.DECLINED));
    }

    @Test
    void canConfirmAcceptanceWhenFullRecordingNothing() {
        fixture.given(scheduled(1), invited("i1", "pa"), rsvp("i1", "pa", RsvpResponse.ACCEPTED))
                .when(answer("i1", RsvpResponse.ACCEPTED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void canGiveTheSameAnswerAgainRecordingNothing() {
        fixture.given(scheduled(10), invited("i1", "pa"), rsvp("i1", "pa", RsvpResponse.TENTATIVE))
                .when(answer("i1", RsvpResponse.TENTATIVE))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotAnswerUnknownInvitation() {
        fixture.given(scheduled(1))
                .when(answer("nope", RsvpResponse.ACCEPTED))
                .expectException(refusedWith(WorkshopError.INVITATION_NOT_FOUND));
    }

    @Test
    void cannotAnswerForCancelledWorkshop() {
        fixture.given(scheduled(1), invited("i1", "pa"), cancelled())
                .when(answer("i1", RsvpResponse.ACCEPTED))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    @Test
    void canAnswerWhenTheInvitationWasSent() {
        fixture.given(scheduled(1), invited("i1", "pa"))
                .when(answer("i1", RsvpResponse.DECLINED))
                .expectEvents(rsvp("i1", "pa", RsvpResponse.DECLINED));
    }

    @Test
    void cannotAnswerBeforeTheInvitationWasSent() {
        fixture.given(scheduled(1), invited("i1", "pa"))
                .when(new RecordRsvpCommand(W, "i1", RsvpResponse.ACCEPTED, AT.minusSeconds(60), null))
                .expectException(refusedWith(WorkshopError.RSVP_BEFORE_INVITATION));
    }

    // attendance

    @Test
    void canCheckInInvitedPartner() {
        fixture.given(scheduled(10), invited("i1", "pa"))
                .when(new CheckInAttendeeCommand(W, "pa", null, AT, true, null))
                .expectEvents(checkedIn("pa", false));
    }

    @Test
    void canCheckInWalkIn() {
        fixture.given(scheduled(10))
                .when(new CheckInAttendeeCommand(W, "pa", "c1", AT, true, null))
                .expectEvents(new AttendeeCheckedInEvent(W, P, "pa", "c1", AT, true));
    }

    @Test
    void canCheckInTheDayBeforeTheWorkshop() {
        Instant dayBefore = STARTS.minus(Workshop.EARLY_ARRIVAL);
        fixture.given(scheduled(10))
                .when(new CheckInAttendeeCommand(W, "pa", null, dayBefore, true, null))
                .expectEvents(new AttendeeCheckedInEvent(W, P, "pa", null, dayBefore, true));
    }

    @Test
    void cannotCheckInDaysBeforeTheWorkshop() {
        fixture.given(scheduled(10), invited("i1", "pa"))
                .when(new CheckInAttendeeCommand(W, "pa", null, STARTS.minusSeconds(3 * 86_400), false, null))
                .expectException(refusedWith(WorkshopError.BEFORE_WORKSHOP));
    }

    @Test
    void cannotCheckInBeforeTheRescheduledWorkshop() {
        Instant later = STARTS.plusSeconds(7 * 86_400);
        fixture.given(scheduled(10), new WorkshopRescheduledEvent(W, later, later.plusSeconds(3600), "Aylesbury"))
                .when(new CheckInAttendeeCommand(W, "pa", null, AT, true, null))
                .expectException(refusedWith(WorkshopError.BEFORE_WORKSHOP));
    }

    @Test
    void cannotCheckInUninvitedPartnerNotFlaggedWalkIn() {
        fixture.given(scheduled(10))
                .when(new CheckInAttendeeCommand(W, "pa", null, AT, false, null))
                .expectException(refusedWith(WorkshopError.NOT_INVITED));
    }

    @Test
    void cannotCheckInTwice() {
        fixture.given(scheduled(10), invited("i1", "pa"), checkedIn("pa", false))
                .when(new CheckInAttendeeCommand(W, "pa", null, AT, false, null))
                .expectException(refusedWith(WorkshopError.ALREADY_CHECKED_IN));
    }

    @Test
    void cannotCheckInAtCancelledWorkshop() {
        fixture.given(scheduled(10), invited("i1", "pa"), cancelled())
                .when(new CheckInAttendeeCommand(W, "pa", null, AT, false, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    @Test
    void canCheckInLateArrivalMarkedNoShow() {
        fixture.given(scheduled(10), invited("i1", "pa"), new NoShowMarkedEvent(W, P, "pa", AT))
                .when(new CheckInAttendeeCommand(W, "pa", null, AT, false, null))
                .expectEvents(checkedIn("pa", false));
    }

    // no-shows

    @Test
    void canMarkInvitedPartnerNoShow() {
        fixture.given(scheduled(10), invited("i1", "pa"))
                .when(new MarkNoShowCommand(W, "pa", AT, null))
                .expectEvents(new NoShowMarkedEvent(W, P, "pa", AT));
    }

    @Test
    void cannotMarkUninvitedPartnerNoShow() {
        fixture.given(scheduled(10))
                .when(new MarkNoShowCommand(W, "pa", AT, null))
                .expectException(refusedWith(WorkshopError.NOT_INVITED));
    }

    @Test
    void cannotMarkCheckedInPartnerNoShow() {
        fixture.given(scheduled(10), invited("i1", "pa"), checkedIn("pa", false))
                .when(new MarkNoShowCommand(W, "pa", AT, null))
                .expectException(refusedWith(WorkshopError.ALREADY_CHECKED_IN));
    }

    @Test
    void cannotMarkNoShowTwice() {
        fixture.given(scheduled(10), invited("i1", "pa"), new NoShowMarkedEvent(W, P, "pa", AT))
                .when(new MarkNoShowCommand(W, "pa", AT, null))
                .expectException(refusedWith(WorkshopError.ALREADY_MARKED_NO_SHOW));
    }

    @Test
    void cannotMarkNoShowAtCancelledWorkshop() {
        fixture.given(scheduled(10), invited("i1", "pa"), cancelled())
                .when(new MarkNoShowCommand(W, "pa", AT, null))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    // feedback

    @Test
    void canRecordFeedbackFromAttendee() {
        fixture.given(scheduled(10), checkedIn("pa", true))
                .when(giveFeedback("h1", "pa", false))
                .expectEvents(feedback("f1", "pa", false));
    }

    @Test
    void canRecordWrittenSubmissionFromAbsentPartner() {
        fixture.given(scheduled(10))
                .when(giveFeedback("h1", "pa", true))
                .expectEvents(feedback("f1", "pa", true));
    }

    @Test
    void canRecordWrittenSubmissionLongBeforeTheWorkshop() {
        Instant monthBefore = STARTS.minusSeconds(30 * 86_400);
        fixture.given(scheduled(10))
                .when(new RecordFeedbackCommand(W, "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", true, monthBefore, null))
                .expectEvents(new FeedbackRecordedEvent(W, P, "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", true,
                        monthBefore));
    }

    @Test
    void cannotRecordFeedbackInTheRoomBeforeTheWorkshop() {
        fixture.given(scheduled(10), checkedIn("pa", true))
                .when(new RecordFeedbackCommand(W, "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", false,
                        Instant.parse("2017-01-01T00:00:00Z"), null))
                .expectException(refusedWith(WorkshopError.BEFORE_WORKSHOP));
    }

    @Test
    void cannotRecordFeedbackFromPartnerWhoDidNotAttend() {
        fixture.given(scheduled(10), invited("i1", "pa"))
                .when(giveFeedback("h1", "pa", false))
                .expectException(refusedWith(WorkshopError.PARTNER_DID_NOT_ATTEND));
    }

    @Test
    void cannotRecordFeedbackOnUntabledHypothesis() {
        fixture.given(scheduled(10), checkedIn("pa", true))
                .when(giveFeedback("h9", "pa", false))
                .expectException(refusedWith(WorkshopError.HYPOTHESIS_NOT_TABLED));
    }

    @Test
    void canRecordFeedbackOnHypothesisTabledLater() {
        fixture.given(scheduled(10), new HypothesisTabledEvent(W, P, "h9"), checkedIn("pa", true))
                .when(new RecordFeedbackCommand(W, "f9", "h9", "pa", Stance.OPPOSE, 2, null, false, AT, null))
                .expectEvents(new FeedbackRecordedEvent(W, P, "f9", "h9", "pa", Stance.OPPOSE, 2, null, false, AT));
    }

    @Test
    void cannotRecordFeedbackWithConfidenceOutOfRange() {
        fixture.given(scheduled(10), checkedIn("pa", true))
                .when(new RecordFeedbackCommand(W, "f1", "h1", "pa", Stance.SUPPORT, 6, null, false, AT, null))
                .expectException(refusedWith(WorkshopError.INVALID_FEEDBACK));
    }

    @Test
    void cannotRecordFeedbackWithoutStance() {
        fixture.given(scheduled(10), checkedIn("pa", true))
                .when(new RecordFeedbackCommand(W, "f1", "h1", "pa", null, 3, null, false, AT, null))
                .expectException(refusedWith(WorkshopError.INVALID_FEEDBACK));
    }

    @Test
    void cannotRecordFeedbackAtClosedWorkshop() {
        fixture.given(scheduled(10), checkedIn("pa", true), closed())
                .when(giveFeedback("h1", "pa", false))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CLOSED));
    }

    @Test
    void cannotRecordFeedbackAtCancelledWorkshop() {
        fixture.given(scheduled(10), cancelled())
                .when(giveFeedback("h1", "pa", true))
                .expectException(refusedWith(WorkshopError.WORKSHOP_CANCELLED));
    }

    @Test
    void cannotGiveFeedbackTwice() {
        fixture.given(scheduled(10), checkedIn("pa", true), feedback("f1", "pa", false))
                .when(new RecordFeedbackCommand(W, "f1", "h1", "pa", Stance.OPPOSE, 2, "no", false, AT, null))
                .expectException(refusedWith(WorkshopError.FEEDBACK_ALREADY_GIVEN));
    }

    // corrections

    @Test
    void canCorrectFeedbackOfOpenWorkshop() {
        fixture.given(scheduled(10), checkedIn("pa", true), feedback("f1", "pa", false))
                .when(new CorrectFeedbackCommand(W, "f1", Stance.CONDITIONAL, 3, "if funded", "misheard", false, AT,
                        null))
                .expectEvents(new FeedbackCorrectedEvent(W, P, "f1", "h1", "pa", Stance.CONDITIONAL, 3, "if funded",
                        "misheard", AT));
    }

    @Test
    void canCorrectFeedbackOfClosedWorkshopAsOfficer() {
        fixture.given(scheduled(10), checkedIn("pa", true), feedback("f1", "pa", false),
                        closed())
                .when(new CorrectFeedbackCommand(W, "f1", Stance.OPPOSE, 1, null, "recorded wrong partner's view",
                        true, AT, null))
                .expectEvents(new FeedbackCorrectedEvent(W, P, "f1", "h1", "pa", Stance.OPPOSE, 1, null,
                        "recorded wrong partner's view", AT));
    }

    @Test
    void cannotCorrectFeedbackOfClosedWorkshopUnlessOfficer() {
        fixture.given(scheduled(10), checkedIn("pa", true), feedback("f1", "pa", false),
                        closed())
                .when(new CorrectFeedbackCommand(W, "f1", Stance.OPPOSE, 1, null, "reason", false, AT, null))
                .expectException(refusedWith(WorkshopError.CORRECTION_NEEDS_OFFICER));
    }

    @Test
    void cannotCorrectFeedbackWithoutReason() {
        fixture.given(scheduled(10), checkedIn("pa", true), feedback("f1", "pa", false),
                        closed())
                .when(new CorrectFeedbackCommand(W, "f1", Stance.OPPOSE, 1, null, " ", true, AT, null))
                .expectException(refusedWith(WorkshopError.REASON_REQUIRED));
    }

    @Test
    void cannotCorrectUnknownFeedback() {
        fixture.given(scheduled(10))
                .when(new CorrectFeedbackCommand(W, "nope", Stance.OPPOSE, 1, null, "reason", true, AT, null))
                .expectException(refusedWith(WorkshopError.FEEDBACK_NOT_FOUND));
    }
}
