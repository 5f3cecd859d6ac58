package org.lis.workshop.mail.job;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.SequenceNumber;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;

/**
 * Turns a workshop's events into due emails: an invitation to be emailed at once; after a rescheduling, an update
 * of each emailed invitation and the reminders moved; after a cancellation, the cancellations, and no reminders;
 * an acceptance, a reminder {@code reminderBefore} the start in Europe/London (none when the acceptance comes after
 * that time); an invitation withdrawn (sent in error), a notice to disregard it, and no reminder. Only invitations the
 * system emails get any of these.
 *
 * <p>Every handler plans by job id and sets values, so an event handled twice plans nothing new. A replay (a reset of
 * this processor) plans nothing, since it must not send anything again: handlers that only plan are
 * {@link DisallowReplay}, and the others, which also keep each workshop's schedule, plan only when it is no replay;
 * so a replay rebuilds the schedules, and only those. Events of one workshop come here in their order (one segment
 * per aggregate), which the schedule's calendar sequence relies on.
 */
@ProcessingGroup(MailPlanner.PROCESSING_GROUP)
public class MailPlanner {

    public static final String PROCESSING_GROUP = "workshop-mail";

    private final MailJobs jobs;
    private final ScheduledWorkshops workshops;
    private final Clock clock;
    private final Period reminderBefore;
    private final ZoneId zone;
    private final Runnable wake;

    /** {@code wake} tells this instance's sender that something may be due now. */
    public MailPlanner(MailJobs jobs, ScheduledWorkshops workshops, Clock clock, Period reminderBefore, ZoneId zone,
                       Runnable wake) {
        this.jobs = jobs;
        this.workshops = workshops;
        this.clock = clock;
        this.reminderBefore = reminderBefore;
        this.zone = zone;
        this.wake = wake;
    }

    @EventHandler
    void on(WorkshopScheduledEvent event) {
        workshops.scheduled(event.workshopId(), event.programmeId(), event.title(), event.startsAt(),
                event.endsAt(), event.venue(), event.hypothesisIds());
    }

    @EventHandler
    void on(HypothesisTabledEvent event) {
        workshops.tabled(event.workshopId(), event.hypothesisId());
    }

    @EventHandler
    @DisallowReplay
    void on(InvitationMailRequestedEvent event) {
        jobs.plan(id(MailKind.INVITATION, event.invitationId()), MailKind.INVITATION, event.workshopId(),
                event.invitationId(), clock.instant());
        wake.run();
    }

    @EventHandler
    void on(WorkshopRescheduledEvent event, @SequenceNumber long eventSequence, ReplayStatus replay) {
        workshops.rescheduled(event.workshopId(), eventSequence, event.startsAt(), event.endsAt(), event.venue());
        if (replay.isReplay()) {
            return;
        }
        int sequence = workshops.find(event.workshopId()).map(ScheduledWorkshop::sequence).orElse(0);
        Instant now = clock.instant();
        for (MailJob invitation : jobs.of(event.workshopId(), MailKind.INVITATION)) {
            jobs.plan(id(MailKind.UPDATE, invitation.invitationId()) + ":" + sequence, MailKind.UPDATE,
                    event.workshopId(), invitation.invitationId(), now);
        }
        for (MailJob reminder : jobs.of(event.workshopId(), MailKind.REMINDER)) {
            jobs.replan(reminder.id(), MailKind.REMINDER, event.workshopId(), reminder.invitationId(),
                    reminderTime(event.startsAt()));
        }
        wake.run();
    }

    @EventHandler
    void on(WorkshopCancelledEvent event, ReplayStatus replay) {
        workshops.cancelled(event.workshopId(), event.reason());
        if (replay.isReplay()) {
            return;
        }
        Instant now = clock.instant();
        for (MailJob invitation : jobs.of(event.workshopId(), MailKind.INVITATION)) {
            jobs.plan(id(MailKind.CANCELLATION, invitation.invitationId()), MailKind.CANCELLATION,
                    event.workshopId(), invitation.invitationId(), now);
        }
        jobs.of(event.workshopId(), MailKind.REMINDER).forEach(reminder -> jobs.cancel(reminder.id()));
        wake.run();
    }

    @EventHandler
    @DisallowReplay
    void on(RsvpRecordedEvent event) {
        String reminder = id(MailKind.REMINDER, event.invitationId());
        if (!jobs.exists(id(MailKind.INVITATION, event.invitationId()))) {
            return;
        }
        if (event.response() != RsvpResponse.ACCEPTED) {
            jobs.cancel(reminder);
            return;
        }
        workshops.find(event.workshopId()).map(workshop -> reminderTime(workshop.startsAt()))
                .filter(remindAt -> event.respondedAt() == null || event.respondedAt().isBefore(remindAt))
                .ifPresent(remindAt -> jobs.replan(reminder, MailKind.REMINDER, event.workshopId(),
                        event.invitationId(), remindAt));
    }

    /** The workshop asks, when the notice is due, which contacts the invitation reached: none, and none is sent. */
    @EventHandler
    @DisallowReplay
    void on(InvitationWithdrawnEvent event) {
        if (!jobs.exists(id(MailKind.INVITATION, event.invitationId()))) {
            return;
        }
        jobs.cancel(id(MailKind.REMINDER, event.invitationId()));
        jobs.plan(id(MailKind.WITHDRAWN, event.invitationId()), MailKind.WITHDRAWN, event.workshopId(),
                event.invitationId(), clock.instant());
        wake.run();
    }

    /** The same wall-clock time in London, {@code reminderBefore} earlier: across a clock change too. */
    private Instant reminderTime(Instant startsAt) {
        return startsAt.atZone(zone).minus(reminderBefore).toInstant();
    }

    private static String id(MailKind kind, String invitationId) {
        return kind.name().toLowerCase() + ":" + invitationId;
    }
}
