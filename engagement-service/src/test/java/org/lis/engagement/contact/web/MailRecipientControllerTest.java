package org.lis.engagement.contact.web;

import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lis.engagement.contact.query.MailRecipient;
import org.lis.engagement.contact.query.MailRecipients;
import org.lis.support.security.RelayProperties;
import org.lis.support.security.RelayTokens;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import reactor.core.publisher.Mono;

/** Names and addresses go to the workshop service's mailer alone: a relay token with the MAILER role. */
@WebSliceTest(MailRecipientController.class)
@TestPropertySource(properties = "lis.security.relay.secret=" + MailRecipientControllerTest.SECRET)
class MailRecipientControllerTest extends WebSliceTestBase {

    static final String SECRET = "a-relay-secret-of-thirty-two-chars-or-more";
    private static final RelayTokens TOKENS = new RelayTokens(new RelayProperties(SECRET, null, null), "roles",
            Clock.systemUTC());
    private static final String PATH = "/internal/partners/p-1/recipients";

    @MockitoBean
    MailRecipients recipients;

    private static String bearer(String role) {
        return "Bearer " + TOKENS.mint("workshop-service mailer", List.of(role), Duration.ofMinutes(1));
    }

    @Test
    void theMailerHearsWhoToWriteTo() {
        when(recipients.of("p-1", null)).thenReturn(Mono.just(
                List.of(new MailRecipient("c-1", "Ada Lovelace", "ada@example.org"))));

        get(PATH, headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer("MAILER"))).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].contactId").isEqualTo("c-1")
                .jsonPath("$.items[0].name").isEqualTo("Ada Lovelace")
                .jsonPath("$.items[0].email").isEqualTo("ada@example.org");
    }

    @Test
    void theMailerAsksForOneContact() {
        when(recipients.of("p-1", "c-2")).thenReturn(Mono.just(List.of()));

        get(PATH + "?contactId=c-2", headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer("MAILER")))
                .expectStatus().isOk().expectBody().jsonPath("$.items").isEmpty();
    }

    @Test
    void anOfficerCannotReadAddressesThisWay() {
        get(PATH, TestUsers.asOfficer()).expectStatus().isForbidden();
        get(PATH, headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer("OFFICER"))).expectStatus().isForbidden();
    }

    @Test
    void nobodyWithoutATokenCan() {
        get(PATH, headers -> { }).expectStatus().isUnauthorized();
    }
}
