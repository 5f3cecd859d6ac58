package org.lis.engagement.contact.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.command.Partner;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.LawfulBasis;
import org.lis.support.command.CommandProperties;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BinaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.EngagementError.CONTACT_ALREADY_ERASED;
import static org.lis.engagement.EngagementError.CONTACT_NOT_FOUND;
import static org.lis.engagement.EngagementError.DUPLICATE_CONTACT;
import static org.lis.engagement.EngagementError.INVALID_CONTACT;
import static org.lis.engagement.partner.command.RegisteredUniversity.ID;
import static org.lis.engagement.partner.command.RegisteredUniversity.REGISTERED;
import static org.lis.support.test.DomainErrorMatcher.refusedWith;

/**
 * A partner's contacts and their keys. The tests of the partner's rules store the values as given, so their
 * events can be written out; {@link #canAddContactWithItsDataEncrypted} uses the real cipher.
 */
class ContactTest {

    private static final ContactAddedEvent CONTACT_ADDED =
            new ContactAddedEvent(ID, "c-1", "Dean", LawfulBasis.LEGITIMATE_INTERESTS, "n", "e", "t");
    private static final BinaryOperator<String> AS_GIVEN = (key, plaintext) -> plaintext;

    private InMemoryContactKeys keys;
    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        keys = new InMemoryContactKeys();
        fixture = new AggregateTestFixture<>(Partner.class);
        fixture.registerAnnotatedCommandHandler(
                new ContactCommandHandler(fixture.getRepository(), keys, AS_GIVEN, Duration.ofSeconds(10)));
    }

    @Test
    void canAddContact() {
        fixture.given(REGISTERED)
                .when(new AddContactCommand(ID, "c-1", "Dean", LawfulBasis.LEGITIMATE_INTERESTS, "n", "e", "t", null))
                .expectEvents(CONTACT_ADDED)
                .expectResultMessagePayload(1L);
    }

    @Test
    void canAddContactWithItsDataEncrypted() {
        fixture = new AggregateTestFixture<>(Partner.class);
        fixture.registerAnnotatedCommandHandler(
                new ContactCommandHandler(fixture.getRepository(), keys, new CommandProperties(null, null)));
        fixture.given(REGISTERED)
                .when(new AddContactCommand(ID, "c-1", "Dean", LawfulBasis.CONSENT, " Alex Example ",
                        "alex@buckingham.ac.uk", null, null))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(this::holdsAlexEncrypted), Matchers.andNoMore())));
    }

    private boolean holdsAlexEncrypted(Object payload) {
        ContactAddedEvent added = (ContactAddedEvent) payload;
        String key = keys.keyOf("c-1");
        return added.contactId().equals("c-1") && added.role().equals("Dean")
                && added.lawfulBasis() == LawfulBasis.CONSENT
                && !added.encryptedName().contains("Alex") && !added.encryptedEmail().contains("alex")
                && ContactCipher.decrypt(key, added.encryptedName()).equals("Alex Example")
                && ContactCipher.decrypt(key, added.encryptedEmail()).equals("alex@buckingham.ac.uk")
                && added.encryptedPhone() == null;
    }

    @Test
    void cannotAddContactToUnknownPartner() {
        fixture.givenNoPriorActivity()
                .when(new AddContactCommand(ID, "c-1", "Dean", LawfulBasis.CONSENT, "n", "e", "t", null))
                .expectNoEvents().expectException(AggregateNotFoundException.class);
    }

    @Test
    void cannotAddContactWithoutLawfulBasis() {
        fixture.given(REGISTERED)
                .when(new AddContactCommand(ID, "c-1", "Dean", null, "n", "e", "t", null))
                .expectNoEvents().expectException(refusedWith(INVALID_CONTACT));
    }

    @Test
    void cannotAddContactWithoutNameOrEmail() {
        fixture.given(REGISTERED)
                .when(new AddContactCommand(ID, "c-1", "Dean", LawfulBasis.CONSENT, null, "e", null, null))
                .expectNoEvents().expectException(refusedWith(INVALID_CONTACT));
        fixture.given(REGISTERED)
                .when(new AddContactCommand(ID, "c-1", "Dean", LawfulBasis.CONSENT, "n", " ", null, null))
                .expectNoEvents().expectException(refusedWith(INVALID_CONTACT));
    }

    @Test
    void cannotAddSameContactTwice() {
        fixture.given(REGISTERED, CONTACT_ADDED)
                .when(new AddContactCommand(ID, "c-1", "Dean", LawfulBasis.CONSENT, "n", "e", "t", null))
                .expectNoEvents().expectException(refusedWith(DUPLICATE_CONTACT));
    }

    @Test
    void cannotKeepTheKeyOfARefusedContact() {
        fixture.given(REGISTERED)
                .when(new AddContactCommand(ID, "c-1", "Dean", null, "n", "e", "t", null))
                .expectNoEvents().expectException(refusedWith(INVALID_CONTACT));
        assertThat(keys.keyOf("c-1")).isNull();
    }

    /** The stale version is found when the unit of work commits, after the key was made: the key goes all the same. */
    @Test
    void cannotKeepTheKeyOfAContactAddedToAStaleVersion() {
        fixture.given(REGISTERED, CONTACT_ADDED)
                .when(new AddContactCommand(ID, "c-2", "Dean", LawfulBasis.CONSENT, "n", "e", "t", 0L))
                .expectNoEvents().expectException(ConflictingAggregateVersionException.class);
        assertThat(keys.keyOf("c-2")).isNull();
    }

    @Test
    void canEraseContact() {
        Instant now = Instant.parse("2018-09-01T10:00:00Z");
        fixture.given(REGISTERED, CONTACT_ADDED)
                .when(new EraseContactCommand(ID, "c-1", now, null))
                .expectEvents(new ContactErasedEvent(ID, "c-1", now))
                .expectResultMessagePayload(2L);
    }

    @Test
    void canEraseContactDestroyingItsKey() {
        keys.create("c-1").block();
        fixture.given(REGISTERED, CONTACT_ADDED)
                .when(new EraseContactCommand(ID, "c-1", Instant.EPOCH, null))
                .expectEvents(new ContactErasedEvent(ID, "c-1", Instant.EPOCH));
        assertThat(keys.keyOf("c-1")).isNull();
    }

    /** The erasure is stored, but the sender hears that the key survived, and repeats the erasure. */
    @Test
    void cannotAnswerAnErasureWhoseKeySurvived() {
        keys.create("c-1").block();
        keys.failDeletes();
        fixture.given(REGISTERED, CONTACT_ADDED)
                .when(new EraseContactCommand(ID, "c-1", Instant.EPOCH, null))
                .expectException(IllegalStateException.class);
        assertThat(keys.keyOf("c-1")).isNotNull();
    }

    @Test
    void cannotEraseUnknownContact() {
        fixture.given(REGISTERED, CONTACT_ADDED)
                .when(new EraseContactCommand(ID, "c-2", Instant.EPOCH, null))
                .expectNoEvents().expectException(refusedWith(CONTACT_NOT_FOUND));
    }

    @Test
    void cannotEraseContactTwice() {
        fixture.given(REGISTERED, CONTACT_ADDED, new ContactErasedEvent(ID, "c-1", Instant.EPOCH))
                .when(new EraseContactCommand(ID, "c-1", Instant.EPOCH, null))
                .expectNoEvents().expectException(refusedWith(CONTACT_ALREADY_ERASED));
    }

    @Test
    void cannotEraseContactTwiceButDestroysAKeyLeftBehind() {
        keys.create("c-1").block();
        fixture.given(REGISTERED, CONTACT_ADDED, new ContactErasedEvent(ID, "c-1", Instant.EPOCH))
                .when(new EraseContactCommand(ID, "c-1", Instant.EPOCH, null))
                .expectNoEvents().expectException(refusedWith(CONTACT_ALREADY_ERASED));
        assertThat(keys.keyOf("c-1")).isNull();
    }
}
