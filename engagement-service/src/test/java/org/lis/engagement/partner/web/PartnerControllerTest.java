package org.lis.engagement.partner.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.contact.query.ContactQueries;
import org.lis.engagement.contact.query.ContactView;
import org.lis.engagement.partner.command.RegisterPartnerCommand;
import org.lis.engagement.partner.command.UpdatePartnerCommand;
import org.lis.engagement.partner.query.PartnerDetail;
import org.lis.engagement.partner.query.PartnerEngagement;
import org.lis.engagement.partner.query.PartnerActivityQueries;
import org.lis.engagement.partner.query.PartnerEngagementQueries;
import org.lis.engagement.partner.query.PartnerQueries;
import org.lis.events.common.Theme;
import org.lis.events.partner.LawfulBasis;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerType;
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
import static org.mockito.Mockito.verify;
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
    PartnerActivityQueries activities;
    @MockitoBean
    IdGenerator ids;

    @Test
    void officerRegistersAPartnerAsOneCommandInForceFromToday() {
        when(ids.newId()).thenReturn("p-1");
        creates("p-1", 0);

        expectCreated(post("/api/partners", TestUsers.asOfficer(), BODY), "/api/partners/p-1", "p-1", 0);

        verify(commands).create(new RegisterPartnerCommand("p-1", "Brunel University", CLASSIFICATION, TODAY));
    }

    @Test
    void officerUpdatesAPartnerAtTheVersionIfMatchNames() {
        updates("p-1", 4);

        expectUpdated(put("/api/partners/p-1", TestUsers.asOfficer(), 3, BODY), "p-1", 4);

        verify(commands).update("p-1", new UpdatePartnerCommand("p-1", "Brunel University", CLASSIFICATION, TODAY, 3L));
    }

    @Test
    void aTakenNameIsAConflict() {
        when(ids.newId()).thenReturn("p-1");
        refusesCreating(new DomainException(DUPLICATE_PARTNER_NAME,
                "Another partner is already registered as 'Brunel University'"));

        expectProblem(post("/api/partners", TestUsers.asOfficer(), BODY), 409, "DUPLICATE_PARTNER_NAME");
    }

    @Test
    void onlyOfficersRegisterOrUpdateWhateverTheySend() {
        post("/api/partners", TestUsers.asBoard(), "{}").expectStatus().isForbidden();
        put("/api/partners/p-1", TestUsers.asFacilitator(), BODY).expectStatus().isForbidden();
        assertNothingSent();
    }

    @Test
    void cannotRegisterWithoutNameOrType() {
        expectInvalid(post("/api/partners", TestUsers.asOfficer(), "{\"name\": \" \"}"), "name", "type");
        assertNothingSent();
    }

    @Test
    void cannotUpdateWithAnIfMatchThisApiNeverGave() {
        client.put().uri("/api/partners/p-1").headers(TestUsers.asOfficer()).header("If-Match", "\"latest\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");
        assertNothingSent();
    }

    @Test
    void onlyOfficersSeeContactsOnThePartner() {
        when(partners.findById("p-1")).thenReturn(Mono.just(new PartnerDetail("p-1", "Brunel University",
                PartnerType.UNIVERSITY, List.of(), List.of(), null, true, TODAY, TODAY, 2, null, List.of(), List.of(),
                null)));
        when(engagement.engagementOf("p-1")).thenReturn(Mono.just(PartnerEngagement.NONE));
        when(activities.activitiesOf("p-1")).thenReturn(Mono.just(List.of()));
        when(contacts.contactsOf("p-1")).thenReturn(Mono.just(List.of(new ContactView("c-1", "Alex Example", "Dean",
                "alex@example.org", null, LawfulBasis.CONSENT))));

        get("/api/partners/p-1", TestUsers.asOfficer())
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody().jsonPath("$.contacts[0].name").isEqualTo("Alex Example");
        get("/api/partners/p-1", TestUsers.asFacilitator())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.engagementLevel").isEqualTo("NONE").jsonPath("$.contacts").doesNotExist();
    }

    @Test
    void unknownPartnerIsNotFound() {
        when(partners.findById("nope")).thenReturn(Mono.empty());

        expectProblem(get("/api/partners/nope", TestUsers.asBoard()), 404, "PARTNER_NOT_FOUND");
    }
}
