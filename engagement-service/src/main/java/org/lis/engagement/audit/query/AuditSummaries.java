package org.lis.engagement.audit.query;

import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
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
    static final Pattern REFERENCE = Pattern.compile("\\{(partner|workshop|hypothesis|contact):([^}]+)}");

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
}
