package org.lis.workshop.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lis.support.command.CommandResult;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.clock.BusinessTimes;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.invitation.query.InvitationQueries;
import org.mockito.ArgumentCaptor;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

/**
 * The web layer alone: how an invitation request becomes a command, what is refused before any command is sent,
 * and how a refusal of the command side reaches the client. Security, errors and body limits are the services'
 * own, from service-support.
 */
@WebSliceTest(value = InvitationController.class, now = "2018-08-01T09:00:00Z")
@Import(BusinessTimes.class)
class InvitationControllerTest extends WebSliceTestBase {

    static final Instant NOW = Instant.parse("2018-08-01T09:00:00Z");

    @MockitoBean
    InvitationQueries queries;
    @MockitoBean
    IdGenerator ids;

    @Test
    void officerInvitesAKnownPartnerSentNowAtTheVersionItRead() {
        when(ids.newId()).thenReturn("inv-1");
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.just(new CommandResult("w-1", 3)));

        client.post().uri("/api/workshops/w-1/invitations").headers(TestUsers.asOfficer()).header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"partnerId\": \"p-1\"}").exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/workshops/w-1/invitations/inv-1")
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody().jsonPath("$.id").isEqualTo("inv-1").jsonPath("$.version").isEqualTo(3);

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).update(eq("w-1"), sent.capture());
        assertThat(sent.getValue()).isEqualTo(new InvitePartnerCommand("w-1", "inv-1", "p-1", null, NOW, 2L));
    }

    @Test
    void cannotInviteWithASendingTimeInTheFuture() {
        client.post().uri("/api/workshops/w-1/invitations").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"partnerId\": \"p-1\", \"sentAt\": \"2018-09-01T09:00:00Z\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sentAt");
        verify(commands, never()).update(anyString(), any());
    }

    /** The partner is checked on the command side (WorkshopCommandHandlerTest), which records nothing. */
    @Test
    void cannotInviteAPartnerThisServiceDoesNotKnowYet() {
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.error(new DomainException(
                WorkshopError.PARTNER_UNKNOWN, "partner p-new is unknown to the workshop service")));

        client.post().uri("/api/workshops/w-1/invitations").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"partnerId\": \"p-new\"}").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PARTNER_UNKNOWN");
    }

    @Test
    void facilitatorCannotInvite() {
        client.post().uri("/api/workshops/w-1/invitations").headers(TestUsers.asFacilitator())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"partnerId\": \"p-1\"}").exchange()
                .expectStatus().isForbidden();
        verify(commands, never()).update(anyString(), any());
    }
}
