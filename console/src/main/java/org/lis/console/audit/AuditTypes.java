package org.lis.console.audit;

import java.util.List;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.events.activity.ActivityCorrectedEvent;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.MilestoneDeliveredEvent;
import org.lis.events.programme.MilestoneSlippedEvent;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.ReminderSentEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;

/**
 * The kinds of recorded event the audit can be narrowed to, in the order a programme meets them, named as the
 * API names them (the event's simple class name); the page writes them as words.
 */
final class AuditTypes {

    static final List<String> ALL = List.of(ProgrammeDefinedEvent.class, ProgrammeRevisedEvent.class,
                    PartnerRegisteredEvent.class,
                    PartnerUpdatedEvent.class, ContactAddedEvent.class, ContactErasedEvent.class,
                    EngagementActivityRecordedEvent.class, HypothesisProposedEvent.class, WorkshopScheduledEvent.class,
                    WorkshopRescheduledEvent.class, WorkshopCancelledEvent.class, HypothesisTabledEvent.class,
                    PartnerInvitedEvent.class, InvitationMailRequestedEvent.class, InvitationSentEvent.class,
                    MailFailedEvent.class, RsvpRecordedEvent.class, ReminderSentEvent.class, AttendeeCheckedInEvent.class,
                    NoShowMarkedEvent.class, FeedbackRecordedEvent.class, FeedbackCorrectedEvent.class,
                    WorkshopClosedEvent.class, MilestoneDeliveredEvent.class, MilestoneSlippedEvent.class,
                    ProgrammeAdoptedEvent.class,
                    ActivityRecordedEvent.class, ActivityCorrectedEvent.class, ActivityWithdrawnEvent.class)
            .stream().map(Class::getSimpleName).toList();

    private AuditTypes() {
    }
}
