package org.lis.engagement.contact.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.LawfulBasis;

import reactor.core.publisher.Mono;

class MailRecipientsTest {

    private static final ContactView ADA = new ContactView("c1", "Ada", "Director", "ada@example.org", null,
            LawfulBasis.CONSENT);
    private static final ContactView BOB = new ContactView("c2", "Bob", "Clerk", "bob@example.org", null,
            LawfulBasis.LEGITIMATE_INTERESTS);

    private final ContactQueries contacts = mock(ContactQueries.class);

    private MailRecipients allowing(LawfulBasis... bases) {
        return new MailRecipients(contacts, new MailRecipientProperties(List.of(bases)));
    }

    @Test
    void everyContactWhoseLawfulBasisAllowsIt() {
        when(contacts.contactsOf("p1")).thenReturn(Mono.just(List.of(ADA, BOB)));

        assertThat(allowing(LawfulBasis.CONSENT).of("p1", null).block())
                .containsExactly(new MailRecipient("c1", "Ada", "ada@example.org"));
        assertThat(allowing(LawfulBasis.values()).of("p1", null).block()).hasSize(2);
    }

    @Test
    void theContactNamedOnlyWhenItsBasisAllowsIt() {
        when(contacts.contact("p1", "c2")).thenReturn(Mono.just(BOB));

        assertThat(allowing(LawfulBasis.values()).of("p1", "c2").block()).extracting(MailRecipient::contactId)
                .containsExactly("c2");
        assertThat(allowing(LawfulBasis.CONSENT).of("p1", "c2").block()).isEmpty();
    }

    /** The query finds no erased contact: its key is gone. */
    @Test
    void nobodyForAContactErasedOrUnknown() {
        when(contacts.contact("p1", "gone")).thenReturn(Mono.empty());

        assertThat(allowing(LawfulBasis.values()).of("p1", "gone").block()).isEmpty();
    }

    @Test
    void addressesAreNotShownWhenLogged() {
        assertThat(new MailRecipient("c1", "Ada", "ada@example.org").toString()).doesNotContain("Ada", "ada@");
    }
}
