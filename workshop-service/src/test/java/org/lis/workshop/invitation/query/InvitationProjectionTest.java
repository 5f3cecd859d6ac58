package org.lis.workshop.invitation.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.support.test.DatabaseTestBase;

class InvitationProjectionTest extends DatabaseTestBase {

    private static final Instant SENT = Instant.parse("2018-07-20T09:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2018-07-25T09:00:00Z");

    private final InvitationProjection projection = new InvitationProjection(database);

    private InvitationView stored() {
        return InvitationView.from(database.getCollection(InvitationProjection.COLLECTION).find().first());
    }

    @Test
    void invitationAwaitsAnswer() {
        projection.on(new PartnerInvitedEvent("w1", "prog", "i1", "pa", "c1", SENT));

        assertThat(stored()).isEqualTo(new InvitationView("i1", "pa", "c1", SENT, null, null));
    }

    @Test
    void latestAnswerCounts() {
        projection.on(new PartnerInvitedEvent("w1", "prog", "i1", "pa", null, SENT));
        projection.on(new RsvpRecordedEvent("w1", "prog", "i1", "pa", RsvpResponse.ACCEPTED, SENT));
        projection.on(new RsvpRecordedEvent("w1", "prog", "i1", "pa", RsvpResponse.DECLINED, ANSWERED));
        projection.on(new RsvpRecordedEvent("w1", "prog", "i1", "pa", RsvpResponse.DECLINED, ANSWERED));

        assertThat(stored()).isEqualTo(new InvitationView("i1", "pa", null, SENT, RsvpResponse.DECLINED, ANSWERED));
        assertThat(database.getCollection(InvitationProjection.COLLECTION).countDocuments()).isEqualTo(1);
    }
}
