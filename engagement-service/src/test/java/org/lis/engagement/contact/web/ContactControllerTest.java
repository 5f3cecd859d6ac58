package org.lis.engagement.contact.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.contact.command.AddContactCommand;
import org.lis.engagement.contact.command.EraseContactCommand;
import org.lis.engagement.contact.query.ContactQueries;
import org.lis.events.partner.LawfulBasis;
import org.lis.support.command.CommandResult;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

import java.time.Instant;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Contacts' web layer alone: the request's personal data goes into the command as given (the command side
 * encrypts it), and only ids and versions come back.
 */
@WebSliceTest(value = ContactController.class, now = "2018-09-20T10:00:00Z")
class ContactControllerTest extends WebSliceTestBase {

    private static final Instant NOW = Instant.parse("2018-09-20T10:00:00Z");
    private static final String BODY = """
            {"name": "Alex Example", "role": "Dean", "email": "alex@buckingham.ac.uk", "phone": "+44 1280 814080",
             "lawfulBasis": "LEGITIMATE_INTERESTS"}
            """;

    @MockitoBean
    ContactQueries contacts;
    @MockitoBean
    IdGenerator ids;

    @Test
    void officerAddsAContactAsOneCommand() {
        when(ids.newId()).thenReturn("c-1");
        when(commands.update(anyString(), any())).thenReturn(Mono.just(new CommandResult("p-1", 3)));

        client.post().uri("/api/partners/p-1/contacts").headers(TestUsers.asOfficer()).header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/partners/p-1/contacts/c-1")
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody().json("{\"id\": \"c-1\", \"version\": 3}", true);

        verify(commands).update("p-1", new AddContactCommand("p-1", "c-1", "Dean", LawfulBasis.LEGITIMATE_INTERESTS,
                "Alex Example", "alex@buckingham.ac.uk", "+44 1280 814080", 2L));
    }

    @Test
    void officerErasesAContactAsOneCommand() {
        when(commands.update(anyString(), any())).thenReturn(Mono.just(new CommandResult("p-1", 4)));

        client.delete().uri("/api/partners/p-1/contacts/c-1").headers(TestUsers.asOfficer()).header("If-Match", "\"3\"")
                .exchange()
                .expectStatus().isNoContent()
                .expectHeader().valueEquals("ETag", "\"4\"");

        verify(commands).update("p-1", new EraseContactCommand("p-1", "c-1", NOW, 3L));
    }

    @Test
    void onlyOfficersAddOrEraseContacts() {
        client.post().uri("/api/partners/p-1/contacts").headers(TestUsers.asBoard())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isForbidden();
        client.delete().uri("/api/partners/p-1/contacts/c-1").headers(TestUsers.asFacilitator()).exchange()
                .expectStatus().isForbidden();
        verifyNoInteractions(commands);
    }

    @Test
    void cannotAddAContactWithoutLawfulBasisOrWithABadEmail() {
        client.post().uri("/api/partners/p-1/contacts").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"Alex Example\", \"email\": \"alex@localhost\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.field == 'lawfulBasis')]").exists();
        verify(commands, never()).update(anyString(), any());
    }

    @Test
    void unknownContactIsNotFound() {
        when(contacts.contact("p-1", "nope")).thenReturn(Mono.empty());

        client.get().uri("/api/partners/p-1/contacts/nope").headers(TestUsers.asOfficer()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("CONTACT_NOT_FOUND");
    }
}
