package org.lis.workshop.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.clock.BusinessTimes;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.invitation.query.InvitationQueries;
import org.lis.workshop.mail.MailSwitch;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web layer alone: how an invitation request becomes a command, what is refused before any command is sent,
 * and how a refusal of the command side reaches the client. Security, errors and body limits are the services'
 * own, from service-support.
 */
@WebSliceTest(value = InvitationController.class, now = "2018-08-01T09:00:00Z")
@Import({BusinessTimes.class, MailSwitch.class})
class InvitationControllerTest extends WebSliceTestBase {

    static final String INVITATIONS = "/api/workshops/w-1/invitations";
    static final Instant NOW = Instant.parse("2018-08-01T09:00:00Z");

    @MockitoBean
    InvitationQueries queries;
    @MockitoBean
    IdGenerator ids;

    @Test
    void officerInvitesAKnownPartnerSentNowAtTheVersionItRead() {
        when(ids.newId()).thenReturn("inv-1");
        updates("w-1", 3);

        expectCreated(post(INVITATIONS, TestUsers.asOfficer(), 2, "{\"partnerId\": \"p-1\"}"),
                INVITATIONS + "/inv-1", "inv-1", 3);

        assertThat(sentUpdate("w-1")).isEqualTo(new InvitePartnerCommand("w-1", "inv-1", "p-1", null, NOW, false, 2L));
    }

    @Test
    void cannotInviteWithASendingTimeInTheFuture() {
        expectInvalid(post(INVITATIONS, TestUsers.asOfficer(),
                "{\"partnerId\": \"p-1\", \"sentAt\": \"2018-09-01T09:00:00Z\"}"), "sentAt");
        assertNothingSent();
    }

    /** The partner is checked on the command side (WorkshopCommandHandlerTest), which records nothing. */
    @Test
    void cannotInviteAPartnerThisServiceDoesNotKnowYet() {
        refusesUpdating("w-1", new DomainException(
                WorkshopError.PARTNER_UNKNOWN, "partner p-new is unknown to the workshop service"));

        expectProblem(post(INVITATIONS, TestUsers.asOfficer(), "{\"partnerId\": \"p-new\"}"), 404, "PARTNER_UNKNOWN");
    }

    @Test
    void facilitatorCannotInvite() {
        post(INVITATIONS, TestUsers.asFacilitator(), "{\"partnerId\": \"p-1\"}").expectStatus().isForbidden();
        assertNothingSent();
    }
}
