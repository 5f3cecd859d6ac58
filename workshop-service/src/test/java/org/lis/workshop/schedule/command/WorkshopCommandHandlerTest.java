package org.lis.workshop.schedule.command;

import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.lis.workshop.schedule.command.SampleWorkshop.AT;
import static org.lis.workshop.schedule.command.SampleWorkshop.ENDS;
import static org.lis.workshop.schedule.command.SampleWorkshop.P;
import static org.lis.workshop.schedule.command.SampleWorkshop.STARTS;
import static org.lis.workshop.schedule.command.SampleWorkshop.W;
import static org.lis.workshop.schedule.command.SampleWorkshop.cancelled;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.lis.events.common.Theme;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.Stance;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.feedback.command.RecordFeedbackCommand;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.schedule.query.WorkshopStatus;
import org.lis.workshop.schedule.query.WorkshopSummary;

import reactor.core.publisher.Mono;

/**
 * The rules a workshop command must pass before the workshop sees it: those that need the replica of the
 * engagement service or the views. The lookups are mocked; what they find is the replica's and the views' concern.
 */
class WorkshopCommandHandlerTest {

    private static final Instant LATER = Instant.parse("2018-10-02T09:00:00Z");

    private final CommandSideQueries lookups = new CommandSideQueries(P);
    private final AggregateTestFixture<Workshop> fixture = lookups.fixture();

    private static ScheduleWorkshopCommand schedule(List<String> hypothesisIds) {
        return new ScheduleWorkshopCommand(W, P, "PH2", "AI workshop", List.of(Theme.AI_AND_DATA), STARTS, ENDS,
                "Buckingham", 10, "facilitator", hypothesisIds);
    }

    private static WorkshopScheduledEvent scheduled(List<String> hypothesisIds) {
        return SampleWorkshop.scheduled(10, hypothesisIds);
    }

    private static WorkshopSummary shown() {
        return new WorkshopSummary(W, P, "PH2", "AI workshop", List.of(Theme.AI_AND_DATA), STARTS, ENDS,
                "Buckingham", 10, "facilitator", List.of(), WorkshopStatus.SCHEDULED, null, null, null, 0);
    }

    private void refuse(Mono<Void> lookup, WorkshopError error) {
        when(lookup).thenReturn(Mono.error(new DomainException(error, "refused by the replica")));
    }

    // schedule

    @Test
    void canScheduleWorkshopWithinPhase() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of("h1")))
                .expectEvents(scheduled(List.of("h1")))
                .expectResultMessagePayload(W);
        verify(lookups.replica).requireWithinPhase(P, "PH2", STARTS);
    }

    /** Outside its phase, or of a programme the replica does not know. */
    @ParameterizedTest(name = "cannot schedule workshop: {0}")
    @EnumSource(names = {"OUTSIDE_PHASE", "PROGRAMME_UNKNOWN"})
    void cannotScheduleWorkshopTheReplicaRefuses(WorkshopError error) {
        refuse(lookups.replica.requireWithinPhase(P, "PH2", STARTS), error);
        fixture.givenNoPriorActivity()
                .when(schedule(List.of()))
                .expectException(refusedWith(error))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleWorkshopWithHypothesisOfAnotherProgramme() {
        lookups.hypothesisOf("h2", "other");
        fixture.givenNoPriorActivity()
                .when(schedule(List.of("h1", "h2")))
                .expectException(refusedWith(WorkshopError.HYPOTHESIS_OF_OTHER_PROGRAMME))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleWorkshopWithUnknownHypothesis() {
        lookups.unknownHypothesis("nope");
        fixture.givenNoPriorActivity()
                .when(schedule(List.of("nope")))
                .expectException(refusedWith(WorkshopError.HYPOTHESIS_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleWorkshopOutsidePhaseWhateverItsHypotheses() {
        refuse(lookups.replica.requireWithinPhase(P, "PH2", STARTS), WorkshopError.OUTSIDE_PHASE);
        fixture.givenNoPriorActivity()
                .when(schedule(List.of("h1")))
                .expectException(refusedWith(WorkshopError.OUTSIDE_PHASE));
        verify(lookups.hypotheses, never()).find(any());
    }

    /** The hypotheses are checked before the workshop's own rules (here its times and places). */
    @Test
    void cannotScheduleWorkshopWithHypothesisOfAnotherProgrammeWhateverItsTimes() {
        lookups.hypothesisOf("h2", "other");
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshopCommand(W, P, "PH2", "t", List.of(), ENDS, STARTS, "v", 0, "f",
                        List.of("h2")))
                .expectException(refusedWith(WorkshopError.HYPOTHESIS_OF_OTHER_PROGRAMME));
    }

    // reschedule

    @Test
    void canRescheduleWorkshopWithinPhase() {
        when(lookups.views.shown(W)).thenReturn(Mono.just(shown()));
        fixture.given(scheduled(List.of()))
                .when(new RescheduleWorkshopCommand(W, LATER, LATER.plusSeconds(3600), null, 0L))
                .expectEvents(new WorkshopRescheduledEvent(W, LATER, LATER.plusSeconds(3600), "Buckingham"))
                .expectResultMessagePayload(1L);
        verify(lookups.replica).requireWithinPhase(P, "PH2", LATER);
    }

    @Test
    void cannotRescheduleWorkshopOutsidePhase() {
        when(lookups.views.shown(W)).thenReturn(Mono.just(shown()));
        refuse(lookups.replica.requireWithinPhase(P, "PH2", LATER), WorkshopError.OUTSIDE_PHASE);
        fixture.given(scheduled(List.of()))
                .when(new RescheduleWorkshopCommand(W, LATER, LATER.plusSeconds(3600), null, null))
                .expectException(refusedWith(WorkshopError.OUTSIDE_PHASE))
                .expectNoEvents();
    }

    /** The phase is checked before the workshop's own rules, as a client has always been told. */
    @Test
    void cannotRescheduleCancelledWorkshopOutsidePhase() {
        when(lookups.views.shown(W)).thenReturn(Mono.just(shown()));
        refuse(lookups.replica.requireWithinPhase(P, "PH2", LATER), WorkshopError.OUTSIDE_PHASE);
        fixture.given(scheduled(List.of()), cancelled())
                .when(new RescheduleWorkshopCommand(W, LATER, LATER.plusSeconds(3600), null, null))
                .expectException(refusedWith(WorkshopError.OUTSIDE_PHASE));
    }

    /** One scheduled a moment ago was scheduled within its phase; one that does not exist is not found. */
    @Test
    void canRescheduleWorkshopTheViewsDoNotShowYet() {
        fixture.given(scheduled(List.of()))
                .when(new RescheduleWorkshopCommand(W, LATER, LATER.plusSeconds(3600), "Aylesbury", null))
                .expectEvents(new WorkshopRescheduledEvent(W, LATER, LATER.plusSeconds(3600), "Aylesbury"));
        verify(lookups.replica, never()).requireWithinPhase(any(), any(), any());
    }

    // table hypotheses

    @Test
    void canTableHypothesisOfTheWorkshopsProgramme() {
        fixture.given(scheduled(List.of()))
                .when(new TableHypothesisCommand(W, "h2", 0L))
                .expectEvents(new HypothesisTabledEvent(W, P, "h2"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotTableHypothesisOfAnotherProgramme() {
        lookups.hypothesisOf("h2", "other");
        fixture.given(scheduled(List.of()))
                .when(new TableHypothesisCommand(W, "h2", null))
                .expectException(refusedWith(WorkshopError.HYPOTHESIS_OF_OTHER_PROGRAMME))
                .expectNoEvents();
    }

    @Test
    void cannotTableUnknownHypothesis() {
        lookups.unknownHypothesis("nope");
        fixture.given(scheduled(List.of()))
                .when(new TableHypothesisCommand(W, "nope", null))
                .expectException(refusedWith(WorkshopError.HYPOTHESIS_NOT_FOUND))
                .expectNoEvents();
    }

    // invitations

    @Test
    void canInviteKnownPartnerWithLiveContact() {
        fixture.given(scheduled(List.of()))
                .when(new InvitePartnerCommand(W, "i1", "pa", "c1", AT, false, 0L))
                .expectEvents(new PartnerInvitedEvent(W, P, "i1", "pa", "c1", AT))
                .expectResultMessagePayload(1L);
        verify(lookups.replica).requirePartner("pa", "c1");
    }

    /** An unknown partner, an erased contact, a contact the partner does not have. */
    @ParameterizedTest(name = "cannot invite {0}/{1}: {2}")
    @CsvSource({"ghost, , PARTNER_UNKNOWN", "pa, c-erased, CONTACT_ERASED", "pa, someone-else, CONTACT_UNKNOWN"})
    void cannotInviteWhomTheReplicaRefuses(String partnerId, String contactId, WorkshopError error) {
        refuse(lookups.replica.requirePartner(partnerId, contactId), error);
        fixture.given(scheduled(List.of()))
                .when(new InvitePartnerCommand(W, "i1", partnerId, contactId, AT, false, null))
                .expectException(refusedWith(error))
                .expectNoEvents();
    }

    /** The partner is checked before the workshop is loaded, so an unknown partner is what the sender hears. */
    @Test
    void cannotInviteUnknownPartnerToUnknownWorkshop() {
        refuse(lookups.replica.requirePartner("ghost", null), WorkshopError.PARTNER_UNKNOWN);
        fixture.givenNoPriorActivity()
                .when(new InvitePartnerCommand(W, "i1", "ghost", null, AT, false, null))
                .expectException(refusedWith(WorkshopError.PARTNER_UNKNOWN));
    }

    // attendance

    @Test
    void canCheckInKnownPartner() {
        fixture.given(scheduled(List.of()))
                .when(new CheckInAttendeeCommand(W, "pa", "c1", AT, true, null))
                .expectEvents(new AttendeeCheckedInEvent(W, P, "pa", "c1", AT, true));
        verify(lookups.replica).requirePartner("pa", "c1");
    }

    /** An unknown partner, an erased contact. */
    @ParameterizedTest(name = "cannot check in {0}/{1}: {2}")
    @CsvSource({"ghost, , PARTNER_UNKNOWN", "pa, c-erased, CONTACT_ERASED"})
    void cannotCheckInWhomTheReplicaRefuses(String partnerId, String contactId, WorkshopError error) {
        refuse(lookups.replica.requirePartner(partnerId, contactId), error);
        fixture.given(scheduled(List.of()))
                .when(new CheckInAttendeeCommand(W, partnerId, contactId, AT, true, null))
                .expectException(refusedWith(error))
                .expectNoEvents();
    }

    // feedback

    @Test
    void canRecordFeedbackFromKnownPartner() {
        fixture.given(scheduled(List.of("h1")))
                .when(new RecordFeedbackCommand(W, "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", true, AT, null))
                .expectEvents(new FeedbackRecordedEvent(W, P, "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", true, AT));
        verify(lookups.replica).requirePartner("pa", null);
    }

    @Test
    void cannotRecordFeedbackFromUnknownPartner() {
        refuse(lookups.replica.requirePartner("ghost", null), WorkshopError.PARTNER_UNKNOWN);
        fixture.given(scheduled(List.of("h1")))
                .when(new RecordFeedbackCommand(W, "f1", "h1", "ghost", Stance.SUPPORT, 4, "yes", true, AT, null))
                .expectException(refusedWith(WorkshopError.PARTNER_UNKNOWN))
                .expectNoEvents();
    }
}
