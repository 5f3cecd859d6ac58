package org.lis.engagement.partner.command;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.support.command.CommandProperties;
import org.lis.support.test.MongoTestServer;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.EngagementError.DUPLICATE_PARTNER_NAME;
import static org.lis.engagement.EngagementError.INVALID_PARTNER;
import static org.lis.engagement.partner.command.RegisteredUniversity.ID;
import static org.lis.engagement.partner.command.RegisteredUniversity.REGISTERED;
import static org.lis.engagement.partner.command.RegisteredUniversity.TODAY;
import static org.lis.engagement.partner.command.RegisteredUniversity.UNIVERSITY;
import static org.lis.support.test.DomainErrorMatcher.refusedWith;

/**
 * The partner's profile rules, and unique names as the command handler keeps them in a name registry of
 * its own (a database of the tests' MongoDB-wire server per test).
 */
class PartnerTest {

    private static final String OTHER = "p-2";
    private static final PartnerClassification UNTYPED = new PartnerClassification(null, List.of(), List.of(), null,
            false);
    private static final PartnerClassification SPACED_SECTOR = new PartnerClassification(PartnerType.BUSINESS,
            List.of("Life Sciences"), List.of(), null, false);

    private MongoClient client;
    private MongoDatabase database;
    private PartnerNameRegistry names;
    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(MongoTestServer.uri());
        database = client.getDatabase("partner-test-" + UUID.randomUUID());
        names = new PartnerNameRegistry(database, Clock.fixed(Instant.parse("2018-08-01T09:00:00Z"), ZoneOffset.UTC));
        fixture = new AggregateTestFixture<>(Partner.class);
        fixture.registerAnnotatedCommandHandler(
                new PartnerCommandHandler(fixture.getRepository(), names, new CommandProperties(null, null)));
    }

    @AfterEach
    void tearDown() {
        Mono.from(database.drop()).block();
        client.close();
    }

    @Test
    void canRegisterPartner() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "  University of Buckingham ", UNIVERSITY, TODAY))
                .expectEvents(REGISTERED);
    }

    @Test
    void canRegisterPartnerWithoutSectorsOrDistrict() {
        var classification = new PartnerClassification(PartnerType.CENTRAL_GOVERNMENT, List.of(), List.of(), null, false);
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "BEIS", classification, TODAY))
                .expectEvents(new PartnerRegisteredEvent(ID, "BEIS", classification, TODAY));
    }

    /** A blank district is no district, as the register shows it and the board's figures count it. */
    @Test
    void canRegisterPartnerWithBlankDistrictAsNone() {
        var blank = new PartnerClassification(PartnerType.CENTRAL_GOVERNMENT, List.of(), List.of(), "   ", false);
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "BEIS", blank, TODAY))
                .expectEvents(new PartnerRegisteredEvent(ID, "BEIS",
                        new PartnerClassification(PartnerType.CENTRAL_GOVERNMENT, List.of(), List.of(), null, false), TODAY));
    }

    @Test
    void cannotRegisterPartnerWithBlankName() {
        assertRegisteringRefused("   ", UNIVERSITY, TODAY);
    }

    @Test
    void cannotRegisterPartnerWithoutType() {
        assertRegisteringRefused("BEIS", UNTYPED, TODAY);
    }

    @Test
    void cannotRegisterPartnerWithSectorTagNotInKebabCase() {
        for (String tag : List.of("Creative Industries", "creative_industries", "Space", "-space", "space-", "")) {
            assertRegisteringRefused("Acme",
                    new PartnerClassification(PartnerType.BUSINESS, List.of(tag), List.of(), null, false), TODAY);
        }
    }

    @Test
    void cannotRegisterPartnerWithoutEffectiveDate() {
        assertRegisteringRefused("Acme", UNIVERSITY, null);
    }

    @Test
    void canUpdateProfileFromADate() {
        var business = new PartnerClassification(PartnerType.BUSINESS, List.of("space", "space"), List.of(), "Wycombe", false);
        fixture.given(REGISTERED)
                .when(new UpdatePartnerCommand(ID, "Buckingham University", business, TODAY.plusDays(3), null))
                .expectEvents(new PartnerUpdatedEvent(ID, "Buckingham University",
                        new PartnerClassification(PartnerType.BUSINESS, List.of("space"), List.of(), "Wycombe", false),
                        TODAY.plusDays(3)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canSaveAnUnchangedProfileWithoutRecordingAnything() {
        var updated = new PartnerUpdatedEvent(ID, "Buckingham University", UNIVERSITY, TODAY.plusDays(3));
        fixture.given(REGISTERED, updated)
                .when(new UpdatePartnerCommand(ID, " Buckingham University ", UNIVERSITY, TODAY.plusDays(3), null))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void canSaveTheRegisteredProfileWithoutRecordingAnything() {
        fixture.given(REGISTERED)
                .when(new UpdatePartnerCommand(ID, "University of Buckingham", UNIVERSITY, TODAY, null))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void canUpdateTheSameProfileFromAnotherDate() {
        fixture.given(REGISTERED)
                .when(new UpdatePartnerCommand(ID, "University of Buckingham", UNIVERSITY, TODAY.plusDays(1), null))
                .expectEvents(new PartnerUpdatedEvent(ID, "University of Buckingham", UNIVERSITY, TODAY.plusDays(1)));
    }

    @Test
    void canRenameWithTheSameClassification() {
        fixture.given(REGISTERED)
                .when(new UpdatePartnerCommand(ID, "The University of Buckingham", UNIVERSITY, TODAY, null))
                .expectEvents(new PartnerUpdatedEvent(ID, "The University of Buckingham", UNIVERSITY, TODAY));
    }

    @Test
    void cannotUpdateProfileWithBlankName() {
        assertUpdatingRefused("", UNIVERSITY);
    }

    @Test
    void cannotUpdateProfileWithInvalidSectorTag() {
        assertUpdatingRefused("Acme", SPACED_SECTOR);
    }

    @Test
    void cannotUpdateUnknownPartner() {
        fixture.givenNoPriorActivity()
                .when(new UpdatePartnerCommand(ID, "Acme", UNIVERSITY, TODAY, null))
                .expectNoEvents().expectException(AggregateNotFoundException.class);
    }

    @Test
    void canRegisterPartnerWithFreeName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "University of Buckingham", UNIVERSITY, TODAY))
                .expectEvents(REGISTERED);
        assertThat(holderOf("University of Buckingham")).isEqualTo(ID);
    }

    @Test
    void cannotRegisterPartnerWithTakenName() {
        names.claim(OTHER, "University of Buckingham").block();
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, " UNIVERSITY  of buckingham", UNIVERSITY, TODAY))
                .expectNoEvents().expectException(refusedWith(DUPLICATE_PARTNER_NAME));
        assertThat(holderOf("University of Buckingham")).isEqualTo(OTHER);
    }

    @Test
    void cannotKeepTheNameOfARefusedRegistration() {
        assertRegisteringRefused("University of Buckingham", UNTYPED, TODAY);
        assertThat(holderOf("University of Buckingham")).isNull();
    }

    @Test
    void canRenamePartnerToFreeName() {
        fixture.given(REGISTERED)
                .when(new UpdatePartnerCommand(ID, "Buckingham University", UNIVERSITY, TODAY, 0L))
                .expectEvents(new PartnerUpdatedEvent(ID, "Buckingham University", UNIVERSITY, TODAY));
        assertThat(holderOf("Buckingham University")).isEqualTo(ID);
    }

    @Test
    void cannotRenamePartnerToTakenName() {
        names.claim(OTHER, "Buckingham University").block();
        fixture.given(REGISTERED)
                .when(new UpdatePartnerCommand(ID, "buckingham university", UNIVERSITY, TODAY, null))
                .expectNoEvents().expectException(refusedWith(DUPLICATE_PARTNER_NAME));
        assertThat(holderOf("Buckingham University")).isEqualTo(OTHER);
    }

    @Test
    void cannotKeepTheNameOfARefusedRename() {
        assertUpdatingRefused("Buckingham University", SPACED_SECTOR);
        assertThat(holderOf("Buckingham University")).isNull();
    }

    @Test
    void cannotKeepANameForAnUnknownPartner() {
        fixture.givenNoPriorActivity()
                .when(new UpdatePartnerCommand(ID, "Acme", UNIVERSITY, TODAY, null))
                .expectNoEvents().expectException(AggregateNotFoundException.class);
        assertThat(holderOf("Acme")).isNull();
    }

    /** The partner's own, confirmed name is not given back when a command that names it again fails. */
    @Test
    void cannotLoseItsOwnNameThroughARefusedUpdate() {
        names.claim(ID, "University of Buckingham").block();
        confirm("University of Buckingham");
        assertUpdatingRefused("University of Buckingham", SPACED_SECTOR);
        assertThat(holderOf("University of Buckingham")).isEqualTo(ID);
    }

    /** Registering a partner with this profile is refused as invalid, and nothing is recorded. */
    private void assertRegisteringRefused(String name, PartnerClassification classification, LocalDate inForceFrom) {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, name, classification, inForceFrom))
                .expectNoEvents().expectException(refusedWith(INVALID_PARTNER));
    }

    /** Updating the registered partner to this profile, from today, is refused as invalid; nothing is recorded. */
    private void assertUpdatingRefused(String name, PartnerClassification classification) {
        fixture.given(REGISTERED)
                .when(new UpdatePartnerCommand(ID, name, classification, TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_PARTNER));
    }

    /** The partner holding the name in the registry, or null when no one does. */
    private String holderOf(String name) {
        Document holder = Mono.from(database.getCollection(PartnerNameRegistry.COLLECTION)
                .find(Filters.eq("_id", PartnerNames.normalise(name))).first()).block();
        return holder == null ? null : holder.getString("partnerId");
    }

    /** As the name projection does once the event that gave the partner the name is stored. */
    private void confirm(String name) {
        Mono.from(database.getCollection(PartnerNameRegistry.COLLECTION).updateOne(
                Filters.eq("_id", PartnerNames.normalise(name)),
                new Document("$set", new Document(PartnerNameRegistry.CONFIRMED_AT, 0L))
                        .append("$unset", new Document("claimedAt", "")))).block();
    }
}
