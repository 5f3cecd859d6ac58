package org.lis.workshop.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.LawfulBasis;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.support.test.DatabaseTestBase;

class ReplicaProjectionTest extends DatabaseTestBase {

    private static final PartnerClassification UNIVERSITY =
            new PartnerClassification(PartnerType.UNIVERSITY, List.of("ai-research"), List.of(), "Buckingham", true);

    private final ReplicaProjection projection = new ReplicaProjection(database);

    private Document partner(String id) {
        return database.getCollection(ReplicaCollections.PARTNERS).find(new Document("_id", id)).first();
    }

    @Test
    void keepsPartnerNameAndTypeOnly() {
        projection.on(new PartnerRegisteredEvent("pa", "University of Buckingham", UNIVERSITY, LocalDate.of(2018, 5, 1)));
        projection.on(new PartnerUpdatedEvent("pa", "The University of Buckingham",
                new PartnerClassification(PartnerType.RESEARCH_ORGANISATION, List.of(), List.of(), "x", false),
                LocalDate.of(2018, 6, 1)));

        assertThat(partner("pa")).isEqualTo(new Document("_id", "pa").append("name", "The University of Buckingham")
                .append("type", "RESEARCH_ORGANISATION"));
    }

    @Test
    void keepsContactIdsAndErasureButNoPersonalData() {
        projection.on(new PartnerRegisteredEvent("pa", "BCC", UNIVERSITY, LocalDate.of(2018, 5, 1)));
        ContactAddedEvent added = new ContactAddedEvent("pa", "c1", "Head of economy", LawfulBasis.PUBLIC_TASK,
                "cipher-name", "cipher-email", "cipher-phone");
        projection.on(added);
        projection.on(new ContactErasedEvent("pa", "c1", Instant.parse("2018-09-01T10:00:00Z")));
        projection.on(added);

        Document contacts = partner("pa").get("contacts", Document.class);
        assertThat(contacts.get("c1", Document.class)).isEqualTo(new Document("known", true).append("erased", true));
        assertThat(partner("pa").toJson()).doesNotContain("cipher");
    }

    @Test
    void handlingTwiceLeavesTheSameState() {
        ProgrammeDefinedEvent defined = new ProgrammeDefinedEvent("prog", "Bucks LIS", LocalDate.of(2018, 12, 31),
                List.of(new Phase("PH1", "Evidence", LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 31), List.of()),
                        new Phase("PH2", "Engagement", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 9, 30),
                                List.of())), null);
        projection.on(defined);
        Document once = database.getCollection(ReplicaCollections.PROGRAMMES).find().first();
        projection.on(defined);

        assertThat(database.getCollection(ReplicaCollections.PROGRAMMES).find().into(new java.util.ArrayList<>()))
                .containsExactly(once);
        assertThat(once.getList("phaseCodes", String.class)).containsExactly("PH1", "PH2");
    }

    @Test
    void aRevisedProgrammeReplacesItsPhasesAndTheirDates() {
        projection.on(new ProgrammeDefinedEvent("prog", "Bucks LIS", LocalDate.of(2018, 12, 31),
                List.of(new Phase("PH1", "Evidence", LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 31), List.of())),
                null));
        projection.on(new ProgrammeRevisedEvent("prog", "Bucks LIS", LocalDate.of(2019, 3, 29),
                List.of(new Phase("PH2", "Engagement", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 10, 5), List.of())),
                null));

        Document programme = database.getCollection(ReplicaCollections.PROGRAMMES).find().first();
        assertThat(programme.getList("phaseCodes", String.class)).containsExactly("PH2");
        assertThat(programme.getList("phases", Document.class)).singleElement()
                .satisfies(phase -> assertThat(phase.getString("endsOn")).isEqualTo("2018-10-05"));
    }

    @Test
    void aPhaseGivenInMonthsRunsFromTheFirstOfItsFirstToTheLastOfItsLast() {
        projection.on(new ProgrammeDefinedEvent("prog-m", "LIS", LocalDate.of(2018, 12, 31),
                List.of(new Phase("PH2", "Engagement", LocalDate.of(2018, 8, 10), LocalDate.of(2018, 9, 10), List.of(),
                        DatePrecision.MONTH, DatePrecision.MONTH)), null));

        Document phase = database.getCollection(ReplicaCollections.PROGRAMMES).find(new Document("_id", "prog-m"))
                .first().getList("phases", Document.class).get(0);
        assertThat(phase.getString("startsOn")).isEqualTo("2018-08-01");
        assertThat(phase.getString("endsOn")).isEqualTo("2018-09-30");
    }

    @Test
    void resetForgetsEverything() {
        projection.on(new PartnerRegisteredEvent("pa", "BCC", UNIVERSITY, LocalDate.of(2018, 5, 1)));
        projection.reset();

        assertThat(partner("pa")).isNull();
    }
}
