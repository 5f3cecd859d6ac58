package org.lis.workshop.schedule.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lis.workshop.schedule.command.CommandChecks.requireCapacity;
import static org.lis.workshop.schedule.command.CommandChecks.requireOrderedTimes;
import static org.lis.workshop.schedule.command.CommandChecks.requireReason;
import static org.lis.workshop.schedule.command.CommandChecks.requireValidStance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.ReminderSentEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.attendance.command.MarkNoShowCommand;
import org.lis.workshop.attendance.command.WithdrawCheckInCommand;
import org.lis.workshop.feedback.command.CorrectFeedbackCommand;
import org.lis.workshop.feedback.command.RecordFeedbackCommand;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.invitation.command.RecordRsvpCommand;
import org.lis.workshop.invitation.command.WithdrawInvitationCommand;
import org.lis.workshop.mail.command.MailPlan;
import org.lis.workshop.mail.command.PlanMailCommand;
import org.lis.workshop.mail.command.RecordMailFailedCommand;
import org.lis.workshop.mail.command.RecordMailSentCommand;

/**
 * A workshop of a programme phase: its schedule, the hypotheses tabled, who was invited and answered,
 * who came and what they said. Holding invitations and RSVPs here makes capacity a rule of one aggregate,
 * so concurrent acceptances are serialised by the aggregate's version. The state of invitations, attendance
 * and feedback is kept by its members, which follow the same events; the rules that tie them to the
 * workshop's status stay here. Commands whose rules also need the replica or the views (scheduling, rescheduling,
 * tabling, inviting, checking in, recording feedback) reach it through {@link WorkshopCommandHandler}, which checks
 * those first and then calls the methods below. Wired in config.WorkshopAggregateConfig.
 *
 * <p>Revision 2 keeps the id of each check-in in force; snapshots of revision 1 lack it and are passed over, so the
 * workshop is rebuilt from its events once.
 */
@Revision("2")
public class Workshop {

    /** Partners may arrive and be heard from the day before (an evening reception), never earlier. */
    static final Duration EARLY_ARRIVAL = Duration.ofDays(1);

    @AggregateIdentifier
    private String workshopId;
    private String programmeId;
    private String venue;
    private Instant startsAt;
    private boolean cancelled;
    private boolean closed;
    private final Set<String> tabledHypotheses = new HashSet<>();
    @AggregateMember
    private final Invitations invitations = new Invitations();
    @AggregateMember
    private final Attendance attendance = new Attendance();
    @AggregateMember
    private final FeedbackGiven feedback = new FeedbackGiven();
    @AggregateMember
    private final Mailings mailings = new Mailings();

    protected Workshop() {
        // for Axon
    }

    Workshop(ScheduleWorkshopCommand command) {
        requireOrderedTimes(command.startsAt(), command.endsAt());
        requireCapacity(command.capacity());
        List<String> hypothesisIds = command.hypothesisIds() == null ? List.of()
                : command.hypothesisIds().stream().distinct().toList();
        apply(new WorkshopScheduledEvent(command.workshopId(), command.programmeId(), command.phaseCode(),
                command.title(), command.themes(), command.startsAt(), command.endsAt(), command.venue(),
                command.capacity(), command.facilitator(), hypothesisIds));
    }

    Long handle(RescheduleWorkshopCommand command) {
        requireNotCancelled("cannot be rescheduled");
        requireNotClosed("cannot be rescheduled");
        requireOrderedTimes(command.startsAt(), command.endsAt());
        String venueInForce = command.venue() == null ? venue : command.venue();
        apply(new WorkshopRescheduledEvent(workshopId, command.startsAt(), command.endsAt(), venueInForce));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CancelWorkshopCommand command) {
        requireReason(command.reason(), "Cancelling a workshop needs a reason");
        requireNotCancelled("cannot be cancelled again");
        requireNotClosed("cannot be cancelled");
        apply(new WorkshopCancelledEvent(workshopId, programmeId, command.reason().strip(), command.cancelledAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CloseWorkshopCommand command) {
        requireNotCancelled("cannot be closed");
        requireNotClosed("cannot be closed again");
        apply(new WorkshopClosedEvent(workshopId, programmeId, command.closedAt()));
        return AggregateLifecycle.getVersion();
    }

    /** {@code hypothesisProgrammeId} is the programme the hypothesis belongs to. */
    Long handle(TableHypothesisCommand command, String hypothesisProgrammeId) {
        requireNotCancelled("takes no hypotheses");
        requireNotClosed("takes no hypotheses");
        if (!programmeId.equals(hypothesisProgrammeId)) {
            throw new DomainException(WorkshopError.HYPOTHESIS_OF_OTHER_PROGRAMME, "hypothesisId",
                    "Hypothesis '" + command.hypothesisId() + "' belongs to another programme");
        }
        if (tabledHypotheses.contains(command.hypothesisId())) {
            throw new DomainException(WorkshopError.HYPOTHESIS_ALREADY_TABLED,
                    "Hypothesis '" + command.hypothesisId() + "' is already tabled at workshop '" + workshopId + "'");
        }
        apply(new HypothesisTabledEvent(workshopId, programmeId, command.hypothesisId()));
        return AggregateLifecycle.getVersion();
    }

    Long handle(InvitePartnerCommand command) {
        requireNotCancelled("takes no invitations");
        requireNotClosed("takes no invitations");
        invitations.requireNotInvited(command.partnerId());
        apply(new PartnerInvitedEvent(workshopId, programmeId, command.invitationId(), command.partnerId(),
                command.contactId(), command.sentAt()));
        if (command.byMail()) {
            apply(new InvitationMailRequestedEvent(workshopId, programmeId, command.invitationId(),
                    command.partnerId(), command.contactId()));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Records nothing: what is still to be sent about an invitation, as the workshop stands now. */
    @CommandHandler
    public MailPlan handle(PlanMailCommand command) {
        String partnerId = invitations.partnerOf(command.invitationId());
        return mailings.plan(command.invitationId(), partnerId, command.kind(), command.sequence(),
                invitations.responseOf(command.invitationId()), invitations.withdrawn(command.invitationId()),
                new Mailings.WorkshopState(cancelled, closed, startsAt, command.at()));
    }

    /**
     * An email that went out is a fact, recorded whatever the workshop's state has become since; only the same
     * email twice is refused, so a second instance or a redelivery cannot record it again.
     */
    @CommandHandler
    public Long handle(RecordMailSentCommand command) {
        String partnerId = invitations.partnerOf(command.invitationId());
        mailings.requireNotRecorded(command.invitationId(), command.contactId(), command.kind(), command.sequence());
        if (command.kind() == MailKind.REMINDER) {
            apply(new ReminderSentEvent(workshopId, programmeId, command.invitationId(), partnerId,
                    command.contactId(), command.sequence(), command.messageId(), command.sentAt()));
        } else {
            apply(new InvitationSentEvent(workshopId, programmeId, command.invitationId(), partnerId,
                    command.contactId(), command.kind(), command.sequence(), command.messageId(),
                    command.sentAt()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordMailFailedCommand command) {
        String partnerId = invitations.partnerOf(command.invitationId());
        mailings.requireNotRecorded(command.invitationId(), command.contactId(), command.kind(), command.sequence());
        apply(new MailFailedEvent(workshopId, programmeId, command.invitationId(), partnerId, command.contactId(),
                command.kind(), command.sequence(), command.failure(), command.attempts(), command.failedAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordRsvpCommand command) {
        requireNotCancelled("takes no RSVPs");
        requireNotClosed("takes no RSVPs");
        String partnerId = invitations.partnerAnswering(command.invitationId(), command.response(),
                command.respondedAt());
        // the same answer again (a resent form, a second click) records nothing: the audit and ETags stay put
        if (invitations.alreadyAnswered(command.invitationId(), command.response())) {
            return AggregateLifecycle.getVersion();
        }
        apply(new RsvpRecordedEvent(workshopId, programmeId, command.invitationId(), partnerId, command.response(),
                command.respondedAt()));
        return AggregateLifecycle.getVersion();
    }

    Long handle(CheckInAttendeeCommand command) {
        requireNotCancelled("takes no attendance");
        requireNotClosed("takes no attendance");
        boolean invited = invitations.include(command.partnerId());
        if (!invited && !command.walkIn()) {
            throw new DomainException(WorkshopError.NOT_INVITED, "Partner '" + command.partnerId()
                    + "' was not invited to workshop '" + workshopId + "'; check them in as a walk-in");
        }
        attendance.requireNotCheckedIn(command.partnerId());
        requireNotBeforeWorkshop(command.checkedInAt(), "A check-in");
        // an invited partner is never a walk-in, whatever the request said: walk-ins are counted apart
        apply(new AttendeeCheckedInEvent(workshopId, programmeId, command.partnerId(), command.contactId(),
                command.checkedInAt(), !invited, command.checkInId()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * A check-in recorded by mistake is taken back with a reason, also at a cancelled workshop (its attendance
     * stays recorded); once the workshop is closed only an officer may, as with corrections of feedback.
     */
    @CommandHandler
    public Long handle(WithdrawCheckInCommand command) {
        String checkInId = attendance.checkInToWithdraw(command.partnerId());
        requireReason(command.reason(), "Withdrawing a check-in needs a reason");
        if (closed && !command.byOfficer()) {
            throw new DomainException(WorkshopError.WITHDRAWAL_NEEDS_OFFICER,
                    "Workshop '" + workshopId + "' is closed: only an officer may withdraw a check-in");
        }
        apply(new CheckInWithdrawnEvent(workshopId, programmeId, command.partnerId(), checkInId,
                command.withdrawnAt(), command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * An invitation sent in error is taken back with a reason: it frees any place it held and takes no answer. A
     * cancelled workshop's invitations stay as they were: the cancellation already told everyone.
     */
    @CommandHandler
    public Long handle(WithdrawInvitationCommand command) {
        String partnerId = invitations.partnerWithdrawable(command.invitationId());
        requireReason(command.reason(), "Withdrawing an invitation needs a reason");
        requireNotCancelled("its invitations cannot be withdrawn");
        apply(new InvitationWithdrawnEvent(workshopId, programmeId, command.invitationId(), partnerId,
                command.withdrawnAt(), command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(MarkNoShowCommand command) {
        requireNotCancelled("takes no attendance");
        requireNotClosed("takes no attendance");
        if (!invitations.include(command.partnerId())) {
            throw new DomainException(WorkshopError.NOT_INVITED, "Partner '" + command.partnerId()
                    + "' was not invited to workshop '" + workshopId + "', so cannot be a no-show");
        }
        attendance.requireAbsent(command.partnerId());
        apply(new NoShowMarkedEvent(workshopId, programmeId, command.partnerId(), command.markedAt()));
        return AggregateLifecycle.getVersion();
    }

    Long handle(RecordFeedbackCommand command) {
        requireNotCancelled("takes no feedback");
        requireNotClosed("takes no new feedback; an officer may correct what was recorded");
        requireValidStance(command.stance() != null, command.confidence());
        if (!tabledHypotheses.contains(command.hypothesisId())) {
            throw new DomainException(WorkshopError.HYPOTHESIS_NOT_TABLED,
                    "Hypothesis '" + command.hypothesisId() + "' is not tabled at workshop '" + workshopId + "'");
        }
        if (!command.writtenSubmission() && !attendance.attended(command.partnerId())) {
            throw new DomainException(WorkshopError.PARTNER_DID_NOT_ATTEND, "Partner '" + command.partnerId()
                    + "' did not attend workshop '" + workshopId + "'; record it as a written submission");
        }
        // a written submission may come in any time until the workshop is closed; feedback in the room cannot
        if (!command.writtenSubmission()) {
            requireNotBeforeWorkshop(command.givenAt(), "Feedback given at the workshop");
        }
        // changing what was said is a correction, which needs a reason and is shown as one
        if (feedback.contains(command.feedbackId())) {
            throw new DomainException(WorkshopError.FEEDBACK_ALREADY_GIVEN, "Partner '" + command.partnerId()
                    + "' already gave feedback on hypothesis '" + command.hypothesisId() + "' at workshop '"
                    + workshopId + "'; to change it, record a correction with a reason");
        }
        apply(new FeedbackRecordedEvent(workshopId, programmeId, command.feedbackId(), command.hypothesisId(),
                command.partnerId(), command.stance(), command.confidence(), command.comment(),
                command.writtenSubmission(), command.givenAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CorrectFeedbackCommand command) {
        FeedbackGiven.Subject subject = feedback.require(command.feedbackId());
        requireReason(command.reason(), "A correction of feedback needs a reason");
        requireValidStance(command.stance() != null, command.confidence());
        if (closed && !command.byOfficer()) {
            throw new DomainException(WorkshopError.CORRECTION_NEEDS_OFFICER,
                    "Workshop '" + workshopId + "' is closed: only an officer may correct its feedback");
        }
        apply(new FeedbackCorrectedEvent(workshopId, programmeId, command.feedbackId(), subject.hypothesisId(),
                subject.partnerId(), command.stance(), command.confidence(), command.comment(),
                command.reason().strip(), command.correctedAt()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(WorkshopScheduledEvent event) {
        workshopId = event.workshopId();
        programmeId = event.programmeId();
        venue = event.venue();
        startsAt = event.startsAt();
        tabledHypotheses.addAll(event.hypothesisIds());
    }

    /** Reschedulings recorded before the event carried the venue in force have none: the venue stayed. */
    @EventSourcingHandler
    void on(WorkshopRescheduledEvent event) {
        venue = event.venue() == null ? venue : event.venue();
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(WorkshopCancelledEvent event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(WorkshopClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(HypothesisTabledEvent event) {
        tabledHypotheses.add(event.hypothesisId());
    }

    private void requireNotBeforeWorkshop(Instant at, String what) {
        if (at != null && startsAt != null && at.isBefore(startsAt.minus(EARLY_ARRIVAL))) {
            throw new DomainException(WorkshopError.BEFORE_WORKSHOP, what + " at " + at + " is more than a day before "
                    + "workshop '" + workshopId + "' starts at " + startsAt);
        }
    }

    private void requireNotCancelled(String consequence) {
        if (cancelled) {
            throw new DomainException(WorkshopError.WORKSHOP_CANCELLED,
                    "Workshop '" + workshopId + "' is cancelled and " + consequence);
        }
    }

    private void requireNotClosed(String consequence) {
        if (closed) {
            throw new DomainException(WorkshopError.WORKSHOP_CLOSED,
                    "Workshop '" + workshopId + "' is closed and " + consequence);
        }
    }
}
