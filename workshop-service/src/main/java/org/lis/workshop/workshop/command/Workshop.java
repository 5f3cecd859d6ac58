package org.lis.workshop.workshop.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.attendance.command.MarkNoShowCommand;
import org.lis.workshop.feedback.command.CorrectFeedbackCommand;
import org.lis.workshop.feedback.command.RecordFeedbackCommand;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.invitation.command.RecordRsvpCommand;

/**
 * A workshop of a programme phase: its schedule, the hypotheses tabled, who was invited and answered,
 * who came and what they said. Holding invitations and RSVPs here makes capacity a rule of one aggregate,
 * so concurrent acceptances are serialised by the aggregate's version. Wired in config.WorkshopAggregateConfig.
 */
public class Workshop {

    static final String GIVEN_AGAIN = "feedback given again at the workshop";

    @AggregateIdentifier
    private String workshopId;
    private String programmeId;
    private String venue;
    private int capacity;
    private boolean cancelled;
    private boolean closed;
    private final Set<String> tabledHypotheses = new HashSet<>();
    private final Map<String, Invitation> invitations = new HashMap<>();
    private final Set<String> invitedPartners = new HashSet<>();
    private final Set<String> checkedIn = new HashSet<>();
    private final Set<String> noShows = new HashSet<>();
    private final Map<String, FeedbackKey> feedback = new HashMap<>();

    protected Workshop() {
        // for Axon
    }

    @CommandHandler
    public Workshop(ScheduleWorkshopCommand command) {
        requireOrderedTimes(command.startsAt(), command.endsAt());
        if (command.capacity() < 1 || command.capacity() > 10_000) {
            throw new DomainException(WorkshopError.INVALID_CAPACITY,
                    "Capacity must be between 1 and 10000, was " + command.capacity());
        }
        List<String> hypothesisIds = command.hypothesisIds() == null ? List.of()
                : command.hypothesisIds().stream().distinct().toList();
        apply(new WorkshopScheduledEvent(command.workshopId(), command.programmeId(), command.phaseCode(),
                command.title(), command.themes(), command.startsAt(), command.endsAt(), command.venue(),
                command.capacity(), command.facilitator(), hypothesisIds));
    }

    @CommandHandler
    public Long handle(RescheduleWorkshopCommand command) {
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

    @CommandHandler
    public Long handle(TableHypothesisCommand command) {
        requireNotCancelled("takes no hypotheses");
        requireNotClosed("takes no hypotheses");
        if (!programmeId.equals(command.hypothesisProgrammeId())) {
            throw new DomainException(WorkshopError.HYPOTHESIS_OF_OTHER_PROGRAMME,
                    "Hypothesis '" + command.hypothesisId() + "' belongs to another programme");
        }
        if (tabledHypotheses.contains(command.hypothesisId())) {
            throw new DomainException(WorkshopError.HYPOTHESIS_ALREADY_TABLED,
                    "Hypothesis '" + command.hypothesisId() + "' is already tabled at workshop '" + workshopId + "'");
        }
        apply(new HypothesisTabledEvent(workshopId, programmeId, command.hypothesisId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(InvitePartnerCommand command) {
        requireNotCancelled("takes no invitations");
        requireNotClosed("takes no invitations");
        if (invitedPartners.contains(command.partnerId())) {
            throw new DomainException(WorkshopError.PARTNER_ALREADY_INVITED,
                    "Partner '" + command.partnerId() + "' is already invited to workshop '" + workshopId + "'");
        }
        apply(new PartnerInvitedEvent(workshopId, programmeId, command.invitationId(), command.partnerId(),
                command.contactId(), command.sentAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordRsvpCommand command) {
        requireNotCancelled("takes no RSVPs");
        requireNotClosed("takes no RSVPs");
        Invitation invitation = invitations.get(command.invitationId());
        if (invitation == null) {
            throw new DomainException(WorkshopError.INVITATION_NOT_FOUND,
                    "Workshop '" + workshopId + "' has no invitation '" + command.invitationId() + "'");
        }
        if (command.response() == RsvpResponse.ACCEPTED && invitation.response() != RsvpResponse.ACCEPTED
                && acceptedPlaces() >= capacity) {
            throw new DomainException(WorkshopError.WORKSHOP_FULL,
                    "All " + capacity + " places of workshop '" + workshopId + "' are taken");
        }
        apply(new RsvpRecordedEvent(workshopId, programmeId, command.invitationId(), invitation.partnerId(),
                command.response(), command.respondedAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CheckInAttendeeCommand command) {
        requireNotCancelled("takes no attendance");
        requireNotClosed("takes no attendance");
        boolean invited = invitedPartners.contains(command.partnerId());
        if (!invited && !command.walkIn()) {
            throw new DomainException(WorkshopError.NOT_INVITED, "Partner '" + command.partnerId()
                    + "' was not invited to workshop '" + workshopId + "'; check them in as a walk-in");
        }
        if (checkedIn.contains(command.partnerId())) {
            throw new DomainException(WorkshopError.ALREADY_CHECKED_IN,
                    "Partner '" + command.partnerId() + "' is already checked in at workshop '" + workshopId + "'");
        }
        // an invited partner is never a walk-in, whatever the request said: walk-ins are counted apart
        apply(new AttendeeCheckedInEvent(workshopId, programmeId, command.partnerId(), command.contactId(),
                command.checkedInAt(), !invited));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(MarkNoShowCommand command) {
        requireNotCancelled("takes no attendance");
        requireNotClosed("takes no attendance");
        if (!invitedPartners.contains(command.partnerId())) {
            throw new DomainException(WorkshopError.NOT_INVITED, "Partner '" + command.partnerId()
                    + "' was not invited to workshop '" + workshopId + "', so cannot be a no-show");
        }
        if (checkedIn.contains(command.partnerId())) {
            throw new DomainException(WorkshopError.ALREADY_CHECKED_IN,
                    "Partner '" + command.partnerId() + "' checked in at workshop '" + workshopId + "'");
        }
        if (noShows.contains(command.partnerId())) {
            throw new DomainException(WorkshopError.ALREADY_MARKED_NO_SHOW,
                    "Partner '" + command.partnerId() + "' is already marked as a no-show");
        }
        apply(new NoShowMarkedEvent(workshopId, programmeId, command.partnerId(), command.markedAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordFeedbackCommand command) {
        requireNotCancelled("takes no feedback");
        requireNotClosed("takes no new feedback; an officer may correct what was recorded");
        requireValidStance(command.stance() != null, command.confidence());
        if (!tabledHypotheses.contains(command.hypothesisId())) {
            throw new DomainException(WorkshopError.HYPOTHESIS_NOT_TABLED,
                    "Hypothesis '" + command.hypothesisId() + "' is not tabled at workshop '" + workshopId + "'");
        }
        if (!command.writtenSubmission() && !checkedIn.contains(command.partnerId())) {
            throw new DomainException(WorkshopError.PARTNER_DID_NOT_ATTEND, "Partner '" + command.partnerId()
                    + "' did not attend workshop '" + workshopId + "'; record it as a written submission");
        }
        if (feedback.containsKey(command.feedbackId())) {
            apply(new FeedbackCorrectedEvent(workshopId, programmeId, command.feedbackId(), command.hypothesisId(),
                    command.partnerId(), command.stance(), command.confidence(), command.comment(), GIVEN_AGAIN,
                    command.givenAt()));
        } else {
            apply(new FeedbackRecordedEvent(workshopId, programmeId, command.feedbackId(), command.hypothesisId(),
                    command.partnerId(), command.stance(), command.confidence(), command.comment(),
                    command.writtenSubmission(), command.givenAt()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CorrectFeedbackCommand command) {
        FeedbackKey key = feedback.get(command.feedbackId());
        if (key == null) {
            throw new DomainException(WorkshopError.FEEDBACK_NOT_FOUND,
                    "Workshop '" + workshopId + "' has no feedback '" + command.feedbackId() + "'");
        }
        requireReason(command.reason(), "A correction of feedback needs a reason");
        requireValidStance(command.stance() != null, command.confidence());
        if (closed && !command.byOfficer()) {
            throw new DomainException(WorkshopError.CORRECTION_NEEDS_OFFICER,
                    "Workshop '" + workshopId + "' is closed: only an officer may correct its feedback");
        }
        apply(new FeedbackCorrectedEvent(workshopId, programmeId, command.feedbackId(), key.hypothesisId(),
                key.partnerId(), command.stance(), command.confidence(), command.comment(),
                command.reason().strip(), command.correctedAt()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(WorkshopScheduledEvent event) {
        workshopId = event.workshopId();
        programmeId = event.programmeId();
        venue = event.venue();
        capacity = event.capacity();
        tabledHypotheses.addAll(event.hypothesisIds());
    }

    /** Reschedulings recorded before the event carried the venue in force have none: the venue stayed. */
    @EventSourcingHandler
    void on(WorkshopRescheduledEvent event) {
        venue = event.venue() == null ? venue : event.venue();
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

    @EventSourcingHandler
    void on(PartnerInvitedEvent event) {
        invitations.put(event.invitationId(), new Invitation(event.partnerId(), null));
        invitedPartners.add(event.partnerId());
    }

    @EventSourcingHandler
    void on(RsvpRecordedEvent event) {
        invitations.put(event.invitationId(), new Invitation(event.partnerId(), event.response()));
    }

    @EventSourcingHandler
    void on(AttendeeCheckedInEvent event) {
        checkedIn.add(event.partnerId());
    }

    @EventSourcingHandler
    void on(NoShowMarkedEvent event) {
        noShows.add(event.partnerId());
    }

    @EventSourcingHandler
    void on(FeedbackRecordedEvent event) {
        feedback.put(event.feedbackId(), new FeedbackKey(event.hypothesisId(), event.partnerId()));
    }

    private long acceptedPlaces() {
        return invitations.values().stream().filter(i -> i.response() == RsvpResponse.ACCEPTED).count();
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

    private static void requireOrderedTimes(Instant startsAt, Instant endsAt) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new DomainException(WorkshopError.INVALID_SCHEDULE, "endsAt must be after startsAt");
        }
    }

    private static void requireReason(String reason, String detail) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(WorkshopError.REASON_REQUIRED, detail);
        }
    }

    private static void requireValidStance(boolean hasStance, int confidence) {
        if (!hasStance || confidence < 1 || confidence > 5) {
            throw new DomainException(WorkshopError.INVALID_FEEDBACK,
                    "Feedback needs a stance and a confidence from 1 to 5");
        }
    }

    private record Invitation(String partnerId, RsvpResponse response) {
    }

    private record FeedbackKey(String hypothesisId, String partnerId) {
    }
}
