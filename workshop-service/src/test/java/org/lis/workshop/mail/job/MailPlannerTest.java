package org.lis.workshop.mail.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.test.DatabaseTestBase;

/** The planner's jobs and schedules, on the embedded server, its handlers called as the processor would. */
class MailPlannerTest extends DatabaseTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    /** Monday 30 March 2026, 10:00 British Summer Time: the clocks went forward the day before. */
    private static final Instant STARTS = Instant.parse("2026-03-30T09:00:00Z");
    /** Saturday 28 March, 10:00 Greenwich Mean Time: the same wall-clock time two days earlier, not 48 hours. */
    private static final Instant REMIND = Instant.parse("2026-03-28T10:00:00Z");

    private final MailJobs jobs = new MailJobs(database);
    private final ScheduledWorkshops workshops = new ScheduledWorkshops(database);
    private final AtomicInteger wakes = new AtomicInteger();
    private final MailPlanner planner = new MailPlanner(jobs, workshops, Clock.fixed(NOW, ZoneOffset.UTC),
            Period.ofDays(2), LONDON, wakes::incrementAndGet);

    private static WorkshopScheduledEvent scheduled() {
        return new WorkshopScheduledEvent("w1", "p1", "P1", "Space cluster", List.of(Theme.MOBILITY), STARTS,
                STARTS.plus(Duration.ofHours(4)), "Westcott", 10, "Fran", List.of("h1"));
    }

    private void invitedByMail() {
        planner.on(scheduled());
        planner.on(new InvitationMailRequestedEvent("w1", "p1", "i1", "pa", null));
    }

    private MailJob job(String id) {
        return jobs.of("w1", MailKind.valueOf(id.substring(0, id.indexOf(':')).toUpperCase())).stream()
                .filter(job -> job.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anInvitationByMailIsDueAtOnceAndWakesTheSender() {
        invitedByMail();

        assertThat(jobs.claim("s", NOW, Duration.ofMinutes(1))).map(MailJob::id).contains("invitation:i1");
        assertThat(wakes).hasValue(1);
        assertThat(workshops.find("w1")).map(ScheduledWorkshop::sequence).contains(0);
    }

    @Test
    void anAcceptanceIsRemindedTwoDaysBeforeByTheLondonClock() {
        invitedByMail();
        planner.on(new RsvpRecordedEvent("w1", "p1", "i1", "pa", RsvpResponse.ACCEPTED, NOW));

        assertThat(job("reminder:i1").dueAt()).isEqualTo(REMIND);
    }

    @Test
    void anAcceptanceAfterTheReminderTimeIsNotReminded() {
        invitedByMail();
        planner.on(new RsvpRecordedEvent("w1", "p1", "i1", "pa", RsvpResponse.ACCEPTED, REMIND.plusSeconds(60)));

        assertThat(jobs.of("w1", MailKind.REMINDER)).isEmpty();
    }

    @Test
    void aDeclineWithdrawsTheReminder() {
        invitedByMail();
        planner.on(new RsvpRecordedEvent("w1", "p1", "i1", "pa", RsvpResponse.ACCEPTED, NOW));
        planner.on(new RsvpRecordedEvent("w1", "p1", "i1", "pa", RsvpResponse.DECLINED, NOW));

        assertThat(jobs.of("w1", MailKind.REMINDER)).isEmpty();
    }

    @Test
    void aReschedulingPlansAnUpdateAtTheNextSequenceAndMovesTheReminder() {
        invitedByMail();
        planner.on(new RsvpRecordedEvent("w1", "p1", "i1", "pa", RsvpResponse.ACCEPTED, NOW));
        Instant later = STARTS.plus(Duration.ofDays(7));
        WorkshopRescheduledEvent rescheduled = new WorkshopRescheduledEvent("w1", later, later.plusSeconds(3600),
                null);

        planner.on(rescheduled, 4L, ReplayStatus.REGULAR);
        planner.on(rescheduled, 4L, ReplayStatus.REGULAR);

        assertThat(workshops.find("w1")).map(ScheduledWorkshop::sequence).as("counted once").contains(1);
        assertThat(job("update:i1:1").dueAt()).isEqualTo(NOW);
        assertThat(job("reminder:i1").dueAt()).isEqualTo(later.atZone(LONDON).minusDays(2).toInstant());
    }

    @Test
    void aCancellationPlansTheCancellationsAndNoReminder() {
        invitedByMail();
        planner.on(new RsvpRecordedEvent("w1", "p1", "i1", "pa", RsvpResponse.ACCEPTED, NOW));

        planner.on(new WorkshopCancelledEvent("w1", "p1", "Flooded", NOW), ReplayStatus.REGULAR);

        assertThat(jobs.of("w1", MailKind.CANCELLATION)).extracting(MailJob::id).containsExactly("cancellation:i1");
        assertThat(jobs.of("w1", MailKind.REMINDER)).isEmpty();
        assertThat(workshops.find("w1")).map(ScheduledWorkshop::sequence).contains(1);
        assertThat(workshops.find("w1")).map(ScheduledWorkshop::cancelReason).contains("Flooded");
    }

    /** A reset of the processor rebuilds the schedules and plans nothing: nobody is written to twice. */
    @Test
    void aReplayRebuildsTheScheduleAndPlansNothing() throws Exception {
        invitedByMail();
        jobs.done(jobs.claim("s", NOW, Duration.ofMinutes(1)).orElseThrow(), "s");
        wakes.set(0);
        AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(planner);
        TrackingToken replayed = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(10, Set.of()),
                GapAwareTrackingToken.newInstance(1, Set.of()));
        Instant later = STARTS.plus(Duration.ofDays(7));
        long sequence = 0;
        for (Object event : List.of(scheduled(), new InvitationMailRequestedEvent("w1", "p1", "i1", "pa", null),
                new RsvpRecordedEvent("w1", "p1", "i1", "pa", RsvpResponse.ACCEPTED, NOW),
                new WorkshopRescheduledEvent("w1", later, later.plusSeconds(3600), "Aylesbury"),
                new WorkshopCancelledEvent("w1", "p1", "Flooded", NOW))) {
            processor.handle(new GenericTrackedDomainEventMessage<>(replayed,
                    new GenericDomainEventMessage<>("Workshop", "w1", sequence++, event)));
        }

        assertThat(jobs.claim("s", NOW.plus(Duration.ofDays(365)), Duration.ofMinutes(1)))
                .as("no update, cancellation or reminder planned").isEmpty();
        ScheduledWorkshop rebuilt = workshops.find("w1").orElseThrow();
        assertThat(rebuilt.startsAt()).isEqualTo(later);
        assertThat(rebuilt.venue()).isEqualTo("Aylesbury");
        assertThat(rebuilt.sequence()).isEqualTo(2);
        assertThat(wakes).hasValue(0);
    }
}
