package org.lis.workshop.invitation.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.MailFailure;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.ReminderSentEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.support.test.DatabaseTestBase;

class InvitationProjectionTest extends DatabaseTestBase {

    private static final Instant SENT = Instant.parse("2018-07-20T09:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2018-07-25T09:00:00Z");

    private static final Instant MAILED = Instant.parse("2018-07-20T09:00:02Z");
    private static final Delivery NOT_EMAILED = new Delivery(DeliveryState.NOT_EMAILED, null, List.of());

    private final InvitationProjection projection = new InvitationProjection(database);

    private InvitationView stored() {
        return InvitationView.from(database.getCollection(InvitationProjection.COLLECTION).find().first());
    }

    @Test
    void invitationAwaitsAnswer() {
        projection.on(new PartnerInvitedEvent("w1", "prog", "i1", "pa", "c1", SENT));

        assertThat(stored()).isEqualTo(new InvitationView("i1", "pa", "c1", SENT, null, null, NOT_EMAILED));
    }

    @Test
    void latestAnswerCounts() {
        projection.on(new PartnerInvitedEvent("w1", "prog", "i1", "pa", null, SENT));
        projection.on(new RsvpRecordedEvent("w1", "prog", "i1", "pa", RsvpResponse.ACCEPTED, SENT));
        projection.on(new RsvpRecordedEvent("w1", "prog", "i1", "pa", RsvpResponse.DECLINED, ANSWERED));
        projection.on(new RsvpRecordedEvent("w1", "prog", "i1", "pa", RsvpResponse.DECLINED, ANSWERED));

        assertThat(stored()).isEqualTo(new InvitationView("i1", "pa", null, SENT, RsvpResponse.DECLINED, ANSWERED,
                NOT_EMAILED));
        assertThat(database.getCollection(InvitationProjection.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void anInvitationToBeEmailedWaitsForItsEmail() {
        projection.on(new PartnerInvitedEvent("w1", "prog", "i1", "pa", null, SENT));
        projection.on(new InvitationMailRequestedEvent("w1", "prog", "i1", "pa", null));

        assertThat(stored().delivery()).isEqualTo(new Delivery(DeliveryState.PENDING, null, List.of()));
    }

    @Test
    void everyEmailIsListedOnceAndTheLastDecidesTheState() {
        projection.on(new PartnerInvitedEvent("w1", "prog", "i1", "pa", null, SENT));
        projection.on(new InvitationMailRequestedEvent("w1", "prog", "i1", "pa", null));
        InvitationSentEvent invitation = new InvitationSentEvent("w1", "prog", "i1", "pa", "c1", MailKind.INVITATION,
                0, "<m1>", MAILED);
        projection.on(invitation);
        projection.on(invitation);
        projection.on(new ReminderSentEvent("w1", "prog", "i1", "pa", "c1", 0, "<m2>", MAILED.plusSeconds(60)));

        Delivery delivery = stored().delivery();
        assertThat(delivery.state()).isEqualTo(DeliveryState.SENT);
        assertThat(delivery.reminderSentAt()).isEqualTo(MAILED.plusSeconds(60));
        assertThat(delivery.emails()).extracting(EmailRecord::messageId).containsExactly("<m1>", "<m2>");

        projection.on(new MailFailedEvent("w1", "prog", "i1", "pa", null, MailKind.UPDATE, 1,
                MailFailure.SERVER_UNAVAILABLE, 5, MAILED.plusSeconds(120)));

        assertThat(stored().delivery().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(stored().delivery().emails()).last()
                .isEqualTo(new EmailRecord(MailKind.UPDATE, 1, null, null, MAILED.plusSeconds(120),
                        MailFailure.SERVER_UNAVAILABLE, 5));
    }
}
