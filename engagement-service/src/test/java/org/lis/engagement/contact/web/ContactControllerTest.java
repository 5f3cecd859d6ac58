package org.lis.engagement.contact.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.contact.command.AddContactCommand;
import org.lis.engagement.contact.command.EraseContactCommand;
import org.lis.engagement.contact.query.ContactQueries;
import org.lis.events.partner.LawfulBasis;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

import java.time.Instant;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Contacts' web layer alone: the request's personal data goes into the command as given (the command side
 * encrypts it), and only ids and versions come back.
 */
@WebSliceTest(value = ContactController.class, now = "2018-09-20T10:00:00Z")
class ContactControllerTest extends WebSliceTestBase {

    private static final String CONTACTS = "/api/partners/p-1/contacts";
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
        updates("p-1", 3);

        expectCreated(post(CONTACTS, TestUsers.asOfficer(), 2, BODY), CONTACTS + "/c-1", "c-1", 3);

        verify(commands).update("p-1", new AddContactCommand("p-1", "c-1", "Dean", LawfulBasis.LEGITIMATE_INTERESTS,
                "Alex Example", "alex@buckingham.ac.uk", "+44 1280 814080", 2L));
    }

    @Test
    void officerErasesAContactAsOneCommand() {
        updates("p-1", 4);

        delete(CONTACTS + "/c-1", TestUsers.asOfficer(), 3)
                .expectStatus().isNoContent()
                .expectHeader().valueEquals("ETag", "\"4\"");

        verify(commands).update("p-1", new EraseContactCommand("p-1", "c-1", NOW, 3L));
    }

    @Test
    void onlyOfficersAddOrEraseContacts() {
        post(CONTACTS, TestUsers.asBoard(), BODY).expectStatus().isForbidden();
        delete(CONTACTS + "/c-1", TestUsers.asFacilitator()).expectStatus().isForbidden();
        assertNothingSent();
    }

    @Test
    void cannotAddAContactWithoutLawfulBasisOrWithABadEmail() {
        String body = "{\"name\": \"Alex Example\", \"email\": \"alex@localhost\"}";
        expectInvalid(post(CONTACTS, TestUsers.asOfficer(), body), "email", "lawfulBasis");
        assertNothingSent();
    }

    @Test
    void unknownContactIsNotFound() {
        when(contacts.contact("p-1", "nope")).thenReturn(Mono.empty());

        expectProblem(get(CONTACTS + "/nope", TestUsers.asOfficer()), 404, "CONTACT_NOT_FOUND");
    }
}
