package org.lis.engagement.audit.query;

import org.lis.events.group.GroupFormedEvent;
import org.lis.events.group.GroupMeetingHeldEvent;
import org.lis.events.group.MemberInvitedEvent;
import org.lis.events.group.MemberJoinedEvent;
import org.lis.events.group.MemberLeftEvent;
import org.lis.events.consultation.ConsultationClosedEarlyEvent;
import org.lis.events.consultation.ConsultationOpenedEvent;
import org.lis.events.consultation.ConsultationResponseRecordedEvent;
import org.lis.events.activity.ActivityCorrectedEvent;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.MilestoneDeliveredEvent;
import org.lis.events.programme.MilestoneSlippedEvent;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
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

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One line per event for the audit trail. Organisation-level facts only: no contact's name, email
 * or phone, and no free-text comment (a comment could name a person).
 */
final class AuditSummaries {

    static final String CONTACT_ERASED = "contact erased";
    static final String CONTACT_ADDED_ERASED = "contact added (erased)";
    /** How a contact an email went to reads once erased. */
    static final String ERASED_CONTACT = "(erased contact)";
    /** How a contact an email went to reads: who they are is personal data, and not for the board. */
    static final String A_CONTACT = "a contact";

    private AuditSummaries() {
    }

    /**
     * Matches the references to partners, workshops, hypotheses and contacts that the reader replaces by names (a
     * contact by whether it was erased since).
     */
    static final Pattern REFERENCE = Pattern.compile("\\{(partner|workshop|hypothesis|contact|group):([^}]+)}");

    /**
     * The summary of an event; partners, workshops and hypotheses appear as references resolved to their
     * current names when read, since their names may arrive in another segment of the stream, or later.
     */
    static String summarize(Object event) {
        if (event instanceof PartnerRegisteredEvent e) {
            return "partner registered: " + e.name() + " (" + e.classification().type()
                    + (e.classification().keyPartner() ? ", key partner" : "") + ")";
        }
        if (event instanceof PartnerUpdatedEvent e) {
            return "partner updated: " + e.name() + " (" + e.classification().type() + ", from " + e.effectiveOn() + ")";
        }
        if (event instanceof ContactAddedEvent e) {
            return "contact added (role: " + e.role() + ")";
        }
        if (event instanceof ContactErasedEvent) {
            return CONTACT_ERASED;
        }
        if (event instanceof EngagementActivityRecordedEvent e) {
            return "activity recorded: " + e.kind() + " with " + partner(e.partnerId()) + " on " + e.occurredOn()
                    + (e.programmeId() == null ? " (no programme)" : "");
        }
        if (event instanceof ProgrammeDefinedEvent e) {
            return "programme defined: " + e.name() + " (" + e.phases().size() + " phases, target "
                    + e.adoptionTargetDate() + ")";
        }
        if (event instanceof ProgrammeRevisedEvent e) {
            return "programme revised: " + e.name() + " (" + e.phases().size() + " phases, target "
                    + e.adoptionTargetDate() + ")";
        }
        if (event instanceof MilestoneDeliveredEvent e) {
            return "milestone delivered: " + e.milestoneName() + " (phase " + e.phaseCode() + ") on " + e.deliveredOn()
                    + (e.note() == null ? "" : ": " + e.note());
        }
        if (event instanceof MilestoneSlippedEvent e) {
            return "milestone slipped: " + e.milestoneName() + " (phase " + e.phaseCode() + ") from "
                    + dated(e.previousDueOn(), e.previousPrecision()) + " to " + dated(e.newDueOn(), e.newPrecision())
                    + ": " + e.reason();
        }
        if (event instanceof ProgrammeAdoptedEvent e) {
            return "programme adopted on " + e.adoptedOn() + (e.overrideReason() == null ? ""
                    : " overriding failed checks " + e.failedChecks() + ": " + e.overrideReason());
        }
        if (event instanceof HypothesisProposedEvent e) {
            return "hypothesis proposed: " + e.title();
        }
        if (event instanceof WorkshopScheduledEvent e) {
            return "workshop scheduled: " + e.title() + " (phase " + e.phaseCode() + ", " + e.startsAt() + ")";
        }
        if (event instanceof WorkshopRescheduledEvent e) {
            return workshop(e.workshopId()) + " rescheduled to " + e.startsAt();
        }
        if (event instanceof WorkshopCancelledEvent e) {
            return workshop(e.workshopId()) + " cancelled (reason kept in the workshop's record)";
        }
        if (event instanceof WorkshopClosedEvent e) {
            return workshop(e.workshopId()) + " closed";
        }
        if (event instanceof HypothesisTabledEvent e) {
            return "hypothesis " + hypothesis(e.hypothesisId()) + " tabled at " + workshop(e.workshopId());
        }
        if (event instanceof PartnerInvitedEvent e) {
            return partner(e.partnerId()) + " invited to " + workshop(e.workshopId());
        }
        if (event instanceof RsvpRecordedEvent e) {
            return "RSVP " + e.response() + " from " + partner(e.partnerId()) + " for " + workshop(e.workshopId());
        }
        if (event instanceof InvitationMailRequestedEvent e) {
            return "invitation of " + partner(e.partnerId()) + " to " + workshop(e.workshopId()) + " to be emailed to "
                    + (e.contactId() == null ? "its contacts" : contact(e.contactId()));
        }
        if (event instanceof InvitationSentEvent e) {
            return mail(e.kind(), e.sequence()) + " of " + workshop(e.workshopId()) + " emailed to "
                    + contact(e.contactId()) + " of " + partner(e.partnerId()) + " (message " + e.messageId() + ")";
        }
        if (event instanceof ReminderSentEvent e) {
            return "reminder of " + workshop(e.workshopId()) + " emailed to " + contact(e.contactId()) + " of "
                    + partner(e.partnerId()) + " (message " + e.messageId() + ")";
        }
        if (event instanceof MailFailedEvent e) {
            return mail(e.kind(), e.sequence()) + " of " + workshop(e.workshopId()) + " to "
                    + (e.contactId() == null ? "" : contact(e.contactId()) + " of ") + partner(e.partnerId())
                    + " not sent: " + e.failure() + " after " + e.attempts() + " attempt" + (e.attempts() == 1 ? "" : "s");
        }
        if (event instanceof AttendeeCheckedInEvent e) {
            return partner(e.partnerId()) + " checked in at " + workshop(e.workshopId())
                    + (e.walkIn() ? " (walk-in)" : "");
        }
        if (event instanceof NoShowMarkedEvent e) {
            return partner(e.partnerId()) + " marked no-show at " + workshop(e.workshopId());
        }
        if (event instanceof FeedbackRecordedEvent e) {
            return "feedback " + e.stance() + " (confidence " + e.confidence() + ") from " + partner(e.partnerId())
                    + " on " + hypothesis(e.hypothesisId()) + (e.writtenSubmission() ? " (written submission)" : "");
        }
        if (event instanceof FeedbackCorrectedEvent e) {
            return "feedback of " + partner(e.partnerId()) + " on " + hypothesis(e.hypothesisId()) + " corrected to "
                    + e.stance() + " (confidence " + e.confidence() + ")";
        }
        if (event instanceof GroupFormedEvent e) {
            return "group formed: " + e.name() + " (" + e.kind() + ", convened by " + partner(e.convenorPartnerId())
                    + ", from " + e.formedOn() + (e.programmeId() == null ? ", no programme" : "") + ")";
        }
        if (event instanceof MemberInvitedEvent e) {
            return partner(e.partnerId()) + " invited to " + group(e.groupId()) + " on " + e.invitedOn()
                    + (e.invitedByPartnerId() == null ? "" : " by " + partner(e.invitedByPartnerId()));
        }
        if (event instanceof MemberJoinedEvent e) {
            return partner(e.partnerId()) + " joined " + group(e.groupId()) + " on " + e.joinedOn();
        }
        if (event instanceof MemberLeftEvent e) {
            return partner(e.partnerId()) + " left " + group(e.groupId()) + " on " + e.leftOn();
        }
        if (event instanceof GroupMeetingHeldEvent e) {
            return group(e.groupId()) + " met on " + e.heldOn() + ", attended by " + e.attendeePartnerIds().size()
                    + " partner" + (e.attendeePartnerIds().size() == 1 ? "" : "s") + ": "
                    + String.join(", ", e.attendeePartnerIds().stream().map(AuditSummaries::partner).toList());
        }
        if (event instanceof ConsultationOpenedEvent e) {
            return "consultation opened: " + e.title() + " (" + e.opensOn() + " to " + e.closesOn() + ")";
        }
        if (event instanceof ConsultationClosedEarlyEvent e) {
            return "consultation closed early on " + e.closesOn() + " (reason kept in the consultation's record)";
        }
        if (event instanceof ConsultationResponseRecordedEvent e) {
            return "consultation response " + e.stance() + " from " + partner(e.partnerId()) + " received on "
                    + e.receivedOn() + (e.late() ? " (late, accepted with a reason)" : "");
        }
        if (event instanceof ActivityRecordedEvent e) {
            return "activity recorded: " + e.kind() + " with " + partners(e.partnerIds()) + " on " + e.occurredOn()
                    + (e.programmeId() == null ? " (no programme)" : "");
        }
        if (event instanceof ActivityCorrectedEvent e) {
            return "activity corrected to " + e.kind() + " with " + partners(e.partnerIds()) + " on " + e.occurredOn()
                    + (e.previousPartnerIds().equals(e.partnerIds()) ? "" : " (was with "
                    + partners(e.previousPartnerIds()) + ")") + " (reason kept in the activity's record)";
        }
        if (event instanceof ActivityWithdrawnEvent e) {
            return "activity with " + partners(e.partnerIds()) + " withdrawn (reason kept in the activity's record)";
        }
        if (event instanceof CheckInWithdrawnEvent e) {
            return "check-in of " + partner(e.partnerId()) + " at " + workshop(e.workshopId())
                    + " withdrawn as recorded by mistake (reason kept in the workshop's record)";
        }
        if (event instanceof InvitationWithdrawnEvent e) {
            return "invitation of " + partner(e.partnerId()) + " to " + workshop(e.workshopId())
                    + " withdrawn as sent in error (reason kept in the workshop's record)";
        }
        return event.getClass().getSimpleName();
    }

    private static String group(String id) {
        return "{group:" + id + "}";
    }

    private static String partners(java.util.List<String> ids) {
        return String.join(", ", ids.stream().map(AuditSummaries::partner).toList());
    }

    private static String partner(String id) {
        return "{partner:" + id + "}";
    }

    private static String workshop(String id) {
        return "{workshop:" + id + "}";
    }

    private static String contact(String id) {
        return "{contact:" + id + "}";
    }

    private static String mail(MailKind kind, int sequence) {
        return switch (kind) {
            case INVITATION -> "invitation";
            case UPDATE -> "updated calendar entry (sequence " + sequence + ")";
            case CANCELLATION -> "cancellation";
            case REMINDER -> "reminder";
            case WITHDRAWN -> "notice that the invitation was sent in error";
        };
    }

    private static String hypothesis(String id) {
        return "{hypothesis:" + id + "}";
    }

    /** A date as the paper gives it: "w/c 2018-09-24", "month of 2018-09", or the day. */
    private static String dated(LocalDate date, DatePrecision precision) {
        return switch (DatePrecision.orDay(precision)) {
            case DAY -> date.toString();
            case WEEK -> "w/c " + date;
            case MONTH -> "month of " + date.toString().substring(0, 7);
        };
    }
}
