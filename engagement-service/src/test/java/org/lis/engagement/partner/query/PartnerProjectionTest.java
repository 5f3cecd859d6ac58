package org.lis.engagement.partner.query;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.LawfulBasis;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.support.test.DatabaseTestBase;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerProjectionTest extends DatabaseTestBase {

    private static final PartnerClassification UNIVERSITY = new PartnerClassification(PartnerType.UNIVERSITY,
            List.of("ai-research"), List.of(Theme.AI_AND_DATA), "Aylesbury Vale", true);
    private static final PartnerRegisteredEvent REGISTERED = new PartnerRegisteredEvent("p-1",
            "University of Buckingham", UNIVERSITY, LocalDate.of(2018, 6, 1));
    private static final EngagementActivityRecordedEvent ROUND_TABLE = new EngagementActivityRecordedEvent("p-1", "a-1",
            ActivityKind.ROUND_TABLE, LocalDate.of(2018, 4, 30), "Round table", null, List.of(Theme.AI_AND_DATA));

    private final PartnerProjection projection = new PartnerProjection(database);

    @Test
    void registrationMakesTheRegisterEntry() {
        projection.on(REGISTERED);
        Document doc = partner();
        assertThat(doc.getString("name")).isEqualTo("University of Buckingham");
        assertThat(doc.getString("nameKey")).isEqualTo("university of buckingham");
        assertThat(doc.getString("type")).isEqualTo("UNIVERSITY");
        assertThat(doc.getList("sectors", String.class)).containsExactly("ai-research");
        assertThat(doc.getList("themes", String.class)).containsExactly("AI_AND_DATA");
        assertThat(doc.getBoolean("keyPartner")).isTrue();
        assertThat(doc.getString("effectiveOn")).isEqualTo("2018-06-01");
        assertThat(doc.getLong("version")).isZero();
        assertThat(doc.getList("history", Document.class)).hasSize(1);
    }

    @Test
    void everyHandlerRunTwiceLeavesTheSameState() {
        projection.on(REGISTERED);
        projection.on(ROUND_TABLE, 1);
        projection.on(new PartnerUpdatedEvent("p-1", "Buckingham University", UNIVERSITY, LocalDate.of(2018, 10, 1)), 2);
        projection.on(new ContactAddedEvent("p-1", "c-1", "Dean", LawfulBasis.CONSENT, "x", "y", null), 3);
        Document once = partner();

        projection.on(REGISTERED);
        projection.on(ROUND_TABLE, 1);
        projection.on(new PartnerUpdatedEvent("p-1", "Buckingham University", UNIVERSITY, LocalDate.of(2018, 10, 1)), 2);
        projection.on(new ContactAddedEvent("p-1", "c-1", "Dean", LawfulBasis.CONSENT, "x", "y", null), 3);

        assertThat(partner()).isEqualTo(once);
        assertThat(once.getLong("version")).isEqualTo(3);
        assertThat(once.getList("history", Document.class)).extracting(h -> h.getString("kind"))
                .containsExactly("REGISTERED", "ACTIVITY", "PROFILE_UPDATED");
    }

    @Test
    void updateKeepsEachClassificationWithItsDate() {
        projection.on(REGISTERED);
        var business = new PartnerClassification(PartnerType.BUSINESS, List.of("space"), List.of(), "Wycombe", false);
        projection.on(new PartnerUpdatedEvent("p-1", "Buckingham Space Ltd", business, LocalDate.of(2018, 10, 1)), 1);
        Document doc = partner();
        assertThat(doc.getString("type")).isEqualTo("BUSINESS");
        assertThat(doc.getString("nameKey")).isEqualTo("buckingham space ltd");
        assertThat(doc.getList("classifications", Document.class)).extracting(c -> c.getString("effectiveOn") + " " + c.getString("type"))
                .containsExactly("2018-06-01 UNIVERSITY", "2018-10-01 BUSINESS");
    }

    /**
     * A correction dated before the classification now in force changes the history, not the present:
     * the register agrees with the board's figures for today, which use the latest date in force.
     */
    @Test
    void backdatedCorrectionLeavesTheLaterClassificationInForce() {
        projection.on(REGISTERED);
        var lep = new PartnerClassification(PartnerType.LEP, List.of(), List.of(Theme.MOBILITY), "Wycombe", true);
        var business = new PartnerClassification(PartnerType.BUSINESS, List.of("space"), List.of(), null, false);
        projection.on(new PartnerUpdatedEvent("p-1", "Buckingham LEP", lep, LocalDate.of(2018, 10, 1)), 1);
        projection.on(new PartnerUpdatedEvent("p-1", "Buckingham Space", business, LocalDate.of(2018, 7, 1)), 2);
        projection.on(new PartnerUpdatedEvent("p-1", "Buckingham Space", business, LocalDate.of(2018, 7, 1)), 2);

        Document doc = partner();
        assertThat(doc.getString("type")).isEqualTo("LEP");
        assertThat(doc.getBoolean("keyPartner")).isTrue();
        assertThat(doc.getList("themes", String.class)).containsExactly("MOBILITY");
        assertThat(doc.getString("district")).isEqualTo("Wycombe");
        assertThat(doc.getString("effectiveOn")).isEqualTo("2018-10-01");
        assertThat(doc.getString("name")).as("the name as last recorded, as the name registry holds it")
                .isEqualTo("Buckingham Space");
        assertThat(doc.getLong("version")).isEqualTo(2);
        assertThat(doc.getList("classifications", Document.class)).extracting(c -> c.getString("effectiveOn"))
                .containsExactly("2018-06-01", "2018-10-01", "2018-07-01");

        var university = new PartnerClassification(PartnerType.UNIVERSITY, List.of(), List.of(), null, false);
        projection.on(new PartnerUpdatedEvent("p-1", "Buckingham Space", university, LocalDate.of(2018, 10, 1)), 3);
        assertThat(partner().getString("type")).as("same date: the later recorded").isEqualTo("UNIVERSITY");
    }

    @Test
    void resetClearsTheRegister() {
        projection.on(REGISTERED);
        projection.reset();
        assertThat(database.getCollection(PartnerProjection.COLLECTION).countDocuments()).isZero();
    }

    private Document partner() {
        return database.getCollection(PartnerProjection.COLLECTION).find(new Document("_id", "p-1")).first();
    }
}
