package org.lis.engagement.partner.command;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lis.support.error.DomainException;
import org.lis.support.test.FreshDatabase;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.lis.engagement.EngagementError.DUPLICATE_PARTNER_NAME;

class PartnerNameRegistryTest {

    private static final Instant T0 = Instant.parse("2018-09-20T10:00:00Z");

    @RegisterExtension
    final FreshDatabase fresh = new FreshDatabase();
    private final MongoDatabase database = fresh.reactiveDatabase();

    @Test
    void canClaimAFreeNameOnceIgnoringCaseAndSpacing() {
        StepVerifier.create(at(T0).claim("p-1", "Oxfordshire LEP")).expectNext(true).verifyComplete();
        StepVerifier.create(at(T0).claim("p-2", " oxfordshire   lep ")).verifyErrorSatisfies(this::isDuplicateName);
        confirm("oxfordshire lep");
        StepVerifier.create(at(T0).claim("p-1", "OXFORDSHIRE LEP")).expectNext(false).verifyComplete();
    }

    /** Two concurrent renames of one partner to one name: the one whose command failed gives back only its share. */
    @Test
    void cannotLoseAClaimToAnotherRequestOfTheSamePartnerThatFailed() {
        StepVerifier.create(at(T0).claim("p-1", "OxLEP")).expectNext(true).verifyComplete();
        StepVerifier.create(at(T0).claim("p-1", "oxlep")).expectNext(true).verifyComplete();
        at(T0).release("p-1", "OxLEP").block();
        StepVerifier.create(at(T0).claim("p-2", "OxLEP")).verifyErrorSatisfies(this::isDuplicateName);
        at(T0).release("p-1", "OxLEP").block();
        StepVerifier.create(at(T0).claim("p-2", "OxLEP")).expectNext(true).verifyComplete();
    }

    @Test
    void canReleaseAPendingClaimButNotAConfirmedOne() {
        at(T0).claim("p-1", "OxLEP").block();
        at(T0).release("p-1", "OxLEP").block();
        StepVerifier.create(at(T0).claim("p-2", "OxLEP")).expectNext(true).verifyComplete();
        confirm("oxlep");
        at(T0).release("p-2", "OxLEP").block();
        StepVerifier.create(at(T0).claim("p-3", "OxLEP")).verifyErrorSatisfies(this::isDuplicateName);
    }

    @Test
    void canTakeOverAClaimAbandonedBeforeItsCommand() {
        at(T0).claim("p-1", "OxLEP").block();
        StepVerifier.create(at(T0.plus(Duration.ofMinutes(1))).claim("p-2", "OxLEP"))
                .verifyErrorSatisfies(this::isDuplicateName);
        StepVerifier.create(at(T0.plus(Duration.ofMinutes(6))).claim("p-2", "OxLEP")).expectNext(true).verifyComplete();
    }

    @Test
    void cannotTakeOverAConfirmedNameHoweverOld() {
        at(T0).claim("p-1", "OxLEP").block();
        confirm("oxlep");
        StepVerifier.create(at(T0.plus(Duration.ofDays(365))).claim("p-2", "OxLEP"))
                .verifyErrorSatisfies(this::isDuplicateName);
    }

    private void confirm(String key) {
        Mono.from(database.getCollection(PartnerNameRegistry.COLLECTION).updateOne(new Document("_id", key),
                new Document("$set", new Document(PartnerNameRegistry.CONFIRMED_AT, 0L)).append("$unset", new Document("claimedAt", "")))).block();
    }

    private void isDuplicateName(Throwable error) {
        org.assertj.core.api.Assertions.assertThat(error).isInstanceOfSatisfying(DomainException.class,
                domain -> org.assertj.core.api.Assertions.assertThat(domain.code()).isEqualTo(DUPLICATE_PARTNER_NAME));
    }

    private PartnerNameRegistry at(Instant now) {
        return new PartnerNameRegistry(database, Clock.fixed(now, ZoneOffset.UTC));
    }
}
