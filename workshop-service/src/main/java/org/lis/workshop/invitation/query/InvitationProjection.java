package org.lis.workshop.invitation.query;

import org.lis.support.mongo.ViewCollection;
import org.lis.workshop.schedule.query.WorkshopProjection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.ReminderSentEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/** One document an invitation, with the latest RSVP and, once withdrawn, when and why. */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
@Order(WorkshopProjection.VIEWS_ORDER)
public class InvitationProjection {

    public static final String COLLECTION = "invitations";

    private final ViewCollection invitations;

    public InvitationProjection(MongoDatabase database) {
        this.invitations = ViewCollection.of(database, COLLECTION, InvitationFields.WORKSHOP_ID);
    }

    @EventHandler
    void on(PartnerInvitedEvent event) {
        invitations.upsert(event.invitationId(),
                Updates.set(InvitationFields.WORKSHOP_ID, event.workshopId()),
                Updates.set(InvitationFields.PROGRAMME_ID, event.programmeId()),
                Updates.set(InvitationFields.PARTNER_ID, event.partnerId()),
                Updates.set(InvitationFields.CONTACT_ID, event.contactId()),
                Updates.set(InvitationFields.SENT_AT, Documents.date(event.sentAt())));
    }

    @EventHandler
    void on(RsvpRecordedEvent event) {
        invitations.upsert(event.invitationId(),
                Updates.set(InvitationFields.WORKSHOP_ID, event.workshopId()),
                Updates.set(InvitationFields.PARTNER_ID, event.partnerId()),
                Updates.set(InvitationFields.RESPONSE, event.response().name()),
                Updates.set(InvitationFields.RESPONDED_AT, Documents.date(event.respondedAt())));
    }

    @EventHandler
    void on(InvitationWithdrawnEvent event) {
        invitations.upsert(event.invitationId(),
                Updates.set(InvitationFields.WORKSHOP_ID, event.workshopId()),
                Updates.set(InvitationFields.PARTNER_ID, event.partnerId()),
                Updates.set(InvitationFields.WITHDRAWN_AT, Documents.date(event.withdrawnAt())),
                Updates.set(InvitationFields.WITHDRAWAL_REASON, event.reason()));
    }

    @EventHandler
    void on(InvitationMailRequestedEvent event) {
        invitations.upsert(event.invitationId(),
                Updates.set(InvitationFields.WORKSHOP_ID, event.workshopId()),
                Updates.set(InvitationFields.EMAIL_REQUESTED, true));
    }

    @EventHandler
    void on(InvitationSentEvent event) {
        record(event.workshopId(), event.invitationId(), new EmailRecord(event.kind(), event.sequence(),
                event.contactId(), event.messageId(), event.sentAt(), null, null));
    }

    @EventHandler
    void on(ReminderSentEvent event) {
        record(event.workshopId(), event.invitationId(), new EmailRecord(MailKind.REMINDER, event.sequence(),
                event.contactId(), event.messageId(), event.sentAt(), null, null));
    }

    @EventHandler
    void on(MailFailedEvent event) {
        record(event.workshopId(), event.invitationId(), new EmailRecord(event.kind(), event.sequence(),
                event.contactId(), null, event.failedAt(), event.failure(), event.attempts()));
    }

    /** Set under a key of its own, so the same email recorded twice (a redelivery) is one entry. */
    private void record(String workshopId, String invitationId, EmailRecord email) {
        invitations.upsert(invitationId, Updates.set(InvitationFields.WORKSHOP_ID, workshopId),
                Updates.set(email.key(), email.toDocument()));
    }

    @ResetHandler
    void reset() {
        invitations.clear();
    }
}
