package org.lis.engagement.partner.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.contact.query.ContactQueries;
import org.lis.engagement.contact.query.ContactView;
import org.lis.engagement.partner.command.RegisterPartnerCommand;
import org.lis.engagement.partner.command.UpdatePartnerCommand;
import org.lis.engagement.partner.query.PartnerDetail;
import org.lis.engagement.partner.query.PartnerEngagement;
import org.lis.engagement.partner.query.PartnerEngagementQueries;
import org.lis.engagement.partner.query.PartnerQueries;
import org.lis.events.common.Theme;
import org.lis.events.partner.LawfulBasis;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerType;
import org.lis.support.command.CommandResult;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

import static org.lis.engagement.EngagementError.DUPLICATE_PARTNER_NAME;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The partner register's web layer alone: what a request becomes as a command, and what it refuses first. */
@WebSliceTest(value = PartnerController.class, now = "2018-09-20T10:00:00Z")
class PartnerControllerTest extends WebSliceTestBase {

    private static final LocalDate TODAY = LocalDate.of(2018, 9, 20);
    private static final String BODY = """
            {"name": "Brunel University", "type": "UNIVERSITY", "sectors": ["ai-research"],
             "themes": ["AI_AND_DATA"], "district": "Uxbridge", "keyPartner": true}
            """;
    private static final PartnerClassification CLASSIFICATION = new PartnerClassification(PartnerType.UNIVERSITY,
            List.of("ai-research"), List.of(Theme.AI_AND_DATA), "Uxbridge", true);

    @MockitoBean
    PartnerQueries partners;
    @MockitoBean
    ContactQueries contacts;
    @MockitoBean
    PartnerEngagementQueries engagement;
    @MockitoBean
    IdGenerator ids;

    @Test
    void officerRegistersAPartnerAsOneCommandInForceFromToday() {
        when(ids.newId()).thenReturn("p-1");
        when(commands.create(any())).thenReturn(Mono.just(new CommandResult("p-1", 0)));

        client.post().uri("/api/partners").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/partners/p-1")
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody().jsonPath("$.id").isEqualTo("p-1").jsonPath("$.version").isEqualTo(0);

        verify(commands).create(new RegisterPartnerCommand("p-1", "Brunel University", CLASSIFICATION, TODAY));
    }

    @Test
    void officerUpdatesAPartnerAtTheVersionIfMatchNames() {
        when(commands.update(anyString(), any())).thenReturn(Mono.just(new CommandResult("p-1", 4)));

        client.put().uri("/api/partners/p-1").headers(TestUsers.asOfficer()).header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"4\"")
                .expectBody().jsonPath("$.id").isEqualTo("p-1").jsonPath("$.version").isEqualTo(4);

        verify(commands).update("p-1", new UpdatePartnerCommand("p-1", "Brunel University", CLASSIFICATION, TODAY, 3L));
    }

    @Test
    void aTakenNameIsAConflict() {
        when(ids.newId()).thenReturn("p-1");
        when(commands.create(any())).thenReturn(Mono.error(new DomainException(DUPLICATE_PARTNER_NAME,
                "Another partner is already registered as 'Brunel University'")));

        client.post().uri("/api/partners").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("DUPLICATE_PARTNER_NAME");
    }

    @Test
    void onlyOfficersRegisterOrUpdateWhateverTheySend() {
        client.post().uri("/api/partners").headers(TestUsers.asBoard())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        client.put().uri("/api/partners/p-1").headers(TestUsers.asFacilitator())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isForbidden();
        verifyNoInteractions(commands);
    }

    @Test
    void cannotRegisterWithoutNameOrType() {
        client.post().uri("/api/partners").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": \" \"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'type')]").exists();
        verify(commands, never()).create(any());
    }

    @Test
    void cannotUpdateWithAnIfMatchThisApiNeverGave() {
        client.put().uri("/api/partners/p-1").headers(TestUsers.asOfficer()).header("If-Match", "\"latest\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");
        verify(commands, never()).update(anyString(), any());
    }

    @Test
    void onlyOfficersSeeContactsOnThePartner() {
        when(partners.findById("p-1")).thenReturn(Mono.just(new PartnerDetail("p-1", "Brunel University",
                PartnerType.UNIVERSITY, List.of(), List.of(), null, true, TODAY, TODAY, 2, null, List.of(), List.of(),
                null)));
        when(engagement.engagementOf("p-1")).thenReturn(Mono.just(PartnerEngagement.NONE));
        when(contacts.contactsOf("p-1")).thenReturn(Mono.just(List.of(new ContactView("c-1", "Alex Example", "Dean",
                "alex@example.org", null, LawfulBasis.CONSENT))));

        client.get().uri("/api/partners/p-1").headers(TestUsers.asOfficer()).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody().jsonPath("$.contacts[0].name").isEqualTo("Alex Example");
        client.get().uri("/api/partners/p-1").headers(TestUsers.asFacilitator()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.engagementLevel").isEqualTo("NONE").jsonPath("$.contacts").doesNotExist();
    }

    @Test
    void unknownPartnerIsNotFound() {
        when(partners.findById("nope")).thenReturn(Mono.empty());

        client.get().uri("/api/partners/nope").headers(TestUsers.asBoard()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PARTNER_NOT_FOUND");
    }
}
