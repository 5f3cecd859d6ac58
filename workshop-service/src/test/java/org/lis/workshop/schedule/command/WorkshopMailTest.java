package org.lis.workshop.schedule.command;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.MailFailure;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.ReminderSentEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.mail.command.MailPlan;
import org.lis.workshop.mail.command.PlanMailCommand;
import org.lis.workshop.mail.command.RecordMailFailedCommand;
import org.lis.workshop.mail.command.RecordMailSentCommand;

/**
 * The workshop as the judge of its emails: what is still to be sent, to whom, and that no email is recorded twice,
 * whichever instance or redelivery tries.
 */
class WorkshopMailTest {

    private static final Instant BEFORE = STARTS.minusSeconds(3 * 86_400);
    private static final String MESSAGE = "<invitation.i1.c1.0@lis.example>";

    private final AggregateTestFixture<Workshop> fixture = new CommandSideQueries(P).fixture();

    private static WorkshopScheduledEvent scheduled() {
        return SampleWorkshop.scheduled(2, List.of());
    }

    private static PartnerInvitedEvent invited() {
        return new PartnerInvitedEvent(W, P, "i1", "pa", null, BEFORE);
    }

    private static InvitationMailRequestedEvent byMail() {
        return new InvitationMailRequestedEvent(W, P, "i1", "pa", null);
    }

    private static InvitationSentEvent sent(String contactId, MailKind kind, int sequence) {
        return new InvitationSentEvent(W, P, "i1", "pa", contactId, kind, sequence,
                "<" + kind + "." + contactId + "." + sequence + ">", BEFORE);
    }

    private static RsvpRecordedEvent answered(RsvpResponse response) {
        return new RsvpRecordedEvent(W, P, "i1", "pa", response, BEFORE);
    }

    private static WorkshopRescheduledEvent rescheduled() {
        return new WorkshopRescheduledEvent(W, STARTS.plusSeconds(86_400), ENDS.plusSeconds(86_400), null);
    }

    private static PlanMailCommand plan(MailKind kind, int sequence) {
        return new PlanMailCommand(W, "i1", kind, sequence, BEFORE);
    }

    /** The plan the workshop answers with, after the given events; planning records nothing. */
    private MailPlan planned(PlanMailCommand command, Object... given) {
        AtomicReference<MailPlan> plan = new AtomicReference<>();
        fixture.given(given).when(command).expectNoEvents()
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<MailPlan>("a mail plan") {
                    @Override
                    protected boolean matchesSafely(MailPlan answer) {
                        plan.set(answer);
                        return true;
                    }
                });
        return plan.get();
    }

    // inviting

    @Test
    void canInviteByMail() {
        fixture.given(scheduled())
                .when(new InvitePartnerCommand(W, "i1", "pa", "c1", AT, true, null))
                .expectEvents(new PartnerInvitedEvent(W, P, "i1", "pa", "c1", AT),
                        new InvitationMailRequestedEvent(W, P, "i1", "pa", "c1"));
    }

    @Test
    void canRecordAnInvitationSentByOtherMeansWithoutMail() {
        fixture.given(scheduled())
                .when(new InvitePartnerCommand(W, "i1", "pa", null, AT, false, null))
                .expectEvents(new PartnerInvitedEvent(W, P, "i1", "pa", null, AT));
    }

    // planning

    @Test
    void anInvitationIsDueToThePartnersContactsNotYetWrittenTo() {
        MailPlan plan = planned(plan(MailKind.INVITATION, 0), scheduled(), invited(), byMail(),
                sent("c1", MailKind.INVITATION, 0));

        assertThat(plan.due()).isTrue();
        assertThat(plan.recipients()).as("the engagement service says who").isNull();
        assertThat(plan.alreadySent()).containsExactly("c1");
        assertThat(plan.partnerId()).isEqualTo("pa");
    }

    @Test
    void cannotPlanMailForAnInvitationSentByOtherMeans() {
        MailPlan plan = planned(plan(MailKind.INVITATION, 0), scheduled(), invited());

        assertThat(plan.due()).isFalse();
        assertThat(plan.skipped()).contains("other means");
    }

    @Test
    void cannotPlanAnInvitationOfACancelledWorkshop() {
        assertThat(planned(plan(MailKind.INVITATION, 0), scheduled(), invited(), byMail(), cancelled()).skipped())
                .contains("cancelled");
    }

    @Test
    void cannotPlanMailOfAnUnknownInvitation() {
        fixture.given(scheduled()).when(plan(MailKind.INVITATION, 0))
                .expectException(refusedWith(WorkshopError.INVITATION_NOT_FOUND));
    }

    @Test
    void anUpdateIsDueToTheContactsHoldingAnOlderSequence() {
        MailPlan plan = planned(plan(MailKind.UPDATE, 1), scheduled(), invited(), byMail(),
                sent("c2", MailKind.INVITATION, 0), sent("c1", MailKind.INVITATION, 1), rescheduled());

        assertThat(plan.recipients()).containsExactly("c2");
    }

    @Test
    void cannotPlanAnUpdateForADeclinedInvitation() {
        assertThat(planned(plan(MailKind.UPDATE, 1), scheduled(), invited(), byMail(),
                sent("c1", MailKind.INVITATION, 0), answered(RsvpResponse.DECLINED)).skipped()).contains("declined");
    }

    @Test
    void cannotPlanAnUpdateNobodyNeeds() {
        assertThat(planned(plan(MailKind.UPDATE, 1), scheduled(), invited(), byMail(),
                sent("c1", MailKind.UPDATE, 1)).due()).isFalse();
    }

    @Test
    void aCancellationIsDueToEveryContactTheInvitationReachedOnce() {
        MailPlan plan = planned(plan(MailKind.CANCELLATION, 1), scheduled(), invited(), byMail(),
                sent("c1", MailKind.INVITATION, 0), sent("c2", MailKind.INVITATION, 0), cancelled(),
                sent("c2", MailKind.CANCELLATION, 1));

        assertThat(plan.recipients()).containsExactly("c1");
    }

    @Test
    void cannotPlanACancellationOfAWorkshopStillOn() {
        assertThat(planned(plan(MailKind.CANCELLATION, 0), scheduled(), invited(), byMail(),
                sent("c1", MailKind.INVITATION, 0)).due()).isFalse();
    }

    @Test
    void aReminderIsDueOncePerScheduleToAnAcceptedInvitation() {
        Object[] given = {scheduled(), invited(), byMail(), sent("c1", MailKind.INVITATION, 0),
            answered(RsvpResponse.ACCEPTED)};
        assertThat(planned(plan(MailKind.REMINDER, 0), given).recipients()).containsExactly("c1");

        Object[] reminded = {scheduled(), invited(), byMail(), sent("c1", MailKind.INVITATION, 0),
            answered(RsvpResponse.ACCEPTED), new ReminderSentEvent(W, P, "i1", "pa", "c1", 0, "<r>", BEFORE)};
        assertThat(planned(plan(MailKind.REMINDER, 0), reminded).due()).as("sent once").isFalse();
        assertThat(planned(plan(MailKind.REMINDER, 1), reminded).recipients())
                .as("a new time, a new reminder").containsExactly("c1");
    }

    @Test
    void cannotPlanAReminderForAnInvitationNotAccepted() {
        assertThat(planned(plan(MailKind.REMINDER, 0), scheduled(), invited(), byMail(),
                sent("c1", MailKind.INVITATION, 0), answered(RsvpResponse.TENTATIVE)).skipped())
                .contains("not accepted");
    }

    @Test
    void cannotPlanAReminderOnceTheWorkshopHasStarted() {
        fixture.given(scheduled(), invited(), byMail(), sent("c1", MailKind.INVITATION, 0),
                        answered(RsvpResponse.ACCEPTED))
                .when(new PlanMailCommand(W, "i1", MailKind.REMINDER, 0, STARTS))
                .expectResultMessagePayload(MailPlan.skip("pa", "the workshop has started"));
    }

    @Test
    void cannotPlanAReminderOfAClosedWorkshop() {
        assertThat(planned(plan(MailKind.REMINDER, 0), scheduled(), invited(), byMail(),
                sent("c1", MailKind.INVITATION, 0), answered(RsvpResponse.ACCEPTED), closed()).skipped())
                .contains("closed");
    }

    // recording

    @Test
    void canRecordAnInvitationSent() {
        fixture.given(scheduled(), invited(), byMail())
                .when(new RecordMailSentCommand(W, "i1", "c1", MailKind.INVITATION, 0, MESSAGE, AT))
                .expectEvents(new InvitationSentEvent(W, P, "i1", "pa", "c1", MailKind.INVITATION, 0, MESSAGE, AT));
    }

    @Test
    void canRecordAReminderSent() {
        fixture.given(scheduled(), invited(), byMail())
                .when(new RecordMailSentCommand(W, "i1", "c1", MailKind.REMINDER, 2, "<r>", AT))
                .expectEvents(new ReminderSentEvent(W, P, "i1", "pa", "c1", 2, "<r>", AT));
    }

    /** What went out went out: the workshop records it whatever happened to the workshop since. */
    @Test
    void canRecordAnEmailSentJustBeforeTheWorkshopWasCancelled() {
        fixture.given(scheduled(), invited(), byMail(), cancelled())
                .when(new RecordMailSentCommand(W, "i1", "c1", MailKind.INVITATION, 0, MESSAGE, AT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRecordTheSameEmailTwice() {
        fixture.given(scheduled(), invited(), byMail(), sent("c1", MailKind.INVITATION, 0))
                .when(new RecordMailSentCommand(W, "i1", "c1", MailKind.INVITATION, 0, "<another>", AT))
                .expectException(refusedWith(WorkshopError.MAIL_ALREADY_RECORDED));
    }

    @Test
    void cannotRecordASecondCancellationAtAnotherSequence() {
        fixture.given(scheduled(), invited(), byMail(), sent("c1", MailKind.CANCELLATION, 1))
                .when(new RecordMailSentCommand(W, "i1", "c1", MailKind.CANCELLATION, 2, "<again>", AT))
                .expectException(refusedWith(WorkshopError.MAIL_ALREADY_RECORDED));
    }

    @Test
    void cannotRecordMailOfAnUnknownInvitation() {
        fixture.given(scheduled())
                .when(new RecordMailSentCommand(W, "ghost", "c1", MailKind.INVITATION, 0, MESSAGE, AT))
                .expectException(refusedWith(WorkshopError.INVITATION_NOT_FOUND));
    }

    @Test
    void canRecordAFailureWithNoRecipient() {
        fixture.given(scheduled(), invited(), byMail())
                .when(new RecordMailFailedCommand(W, "i1", null, MailKind.INVITATION, 0, MailFailure.NO_RECIPIENT, 1,
                        AT))
                .expectEvents(new MailFailedEvent(W, P, "i1", "pa", null, MailKind.INVITATION, 0,
                        MailFailure.NO_RECIPIENT, 1, AT));
    }

    @Test
    void cannotRecordAFailureOfAnEmailRecordedAsSent() {
        fixture.given(scheduled(), invited(), byMail(), sent("c1", MailKind.INVITATION, 0))
                .when(new RecordMailFailedCommand(W, "i1", "c1", MailKind.INVITATION, 0,
                        MailFailure.SERVER_UNAVAILABLE, 5, AT))
                .expectException(refusedWith(WorkshopError.MAIL_ALREADY_RECORDED));
    }

    /** Its outcome is recorded: an email that went out after all could not be recorded any more. */
    @Test
    void aFailedInvitationIsNotTriedAgainForThatContact() {
        MailPlan plan = planned(plan(MailKind.INVITATION, 0), scheduled(), invited(), byMail(),
                new MailFailedEvent(W, P, "i1", "pa", "c1", MailKind.INVITATION, 0, MailFailure.REFUSED, 1, BEFORE));

        assertThat(plan.alreadySent()).isEqualTo(Set.of("c1"));
    }

    // an invitation withdrawn as sent in error

    private static InvitationWithdrawnEvent withdrawn() {
        return new InvitationWithdrawnEvent(W, P, "i1", "pa", BEFORE, "sent in error");
    }

    @Test
    void aWithdrawalNoticeIsDueToEveryContactTheInvitationReachedOnce() {
        MailPlan plan = planned(plan(MailKind.WITHDRAWN, 0), scheduled(), invited(), byMail(),
                sent("c1", MailKind.INVITATION, 0), sent("c2", MailKind.INVITATION, 0), withdrawn(),
                sent("c2", MailKind.WITHDRAWN, 0));

        assertThat(plan.recipients()).containsExactly("c1");
    }

    @Test
    void nothingElseGoesOutAboutAWithdrawnInvitation() {
        Object[] given = {scheduled(), invited(), byMail(), sent("c1", MailKind.INVITATION, 0),
            answered(RsvpResponse.ACCEPTED), withdrawn()};
        assertThat(planned(plan(MailKind.INVITATION, 0), given).skipped()).isEqualTo("the invitation was withdrawn");
        assertThat(planned(plan(MailKind.REMINDER, 0), given).due()).isFalse();
        assertThat(planned(plan(MailKind.UPDATE, 1), given).due()).isFalse();
    }

    @Test
    void cannotPlanAWithdrawalNoticeOfAnInvitationThatStands() {
        assertThat(planned(plan(MailKind.WITHDRAWN, 0), scheduled(), invited(), byMail(),
                sent("c1", MailKind.INVITATION, 0)).due()).isFalse();
    }

    @Test
    void anInvitationThatReachedNobodyNeedsNoWithdrawalNotice() {
        assertThat(planned(plan(MailKind.WITHDRAWN, 0), scheduled(), invited(), byMail(), withdrawn()).due())
                .isFalse();
    }
}
