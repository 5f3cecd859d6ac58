package org.lis.engagement.partner.query;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.command.PartnerNameRegistry;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.support.test.DatabaseTestBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerNameProjectionTest extends DatabaseTestBase {

    private static final PartnerClassification LEP = new PartnerClassification(PartnerType.LEP, List.of(), List.of(), null, true);
    private static final LocalDate DAY = LocalDate.of(2018, 6, 1);

    private final PartnerNameProjection projection = new PartnerNameProjection(database);

    @Test
    void registrationHoldsTheNormalisedName() {
        projection.on(new PartnerRegisteredEvent("p-1", "  Oxfordshire   LEP ", LEP, DAY), at(0));
        projection.on(new PartnerRegisteredEvent("p-1", "  Oxfordshire   LEP ", LEP, DAY), at(0));
        assertThat(names()).containsExactly(new Document("_id", "oxfordshire lep").append("partnerId", "p-1").append("globalIndex", 0L));
    }

    /** The usual way: the command handler claimed the name before the event was stored; the event confirms it. */
    @Test
    void registrationConfirmsTheClaimMadeForIt() {
        database.getCollection(PartnerNameRegistry.COLLECTION).insertOne(new Document("_id", "oxlep")
                .append("partnerId", "p-1").append(PartnerNameRegistry.CLAIMED_AT, new Date())
                .append(PartnerNameRegistry.PENDING, 1));
        projection.on(new PartnerRegisteredEvent("p-1", "OxLEP", LEP, DAY), at(4));
        assertThat(names()).containsExactly(new Document("_id", "oxlep").append("partnerId", "p-1").append("globalIndex", 4L));
    }

    @Test
    void renameReleasesTheOldNameButNotAClaimInFlight() {
        projection.on(new PartnerRegisteredEvent("p-1", "OxLEP", LEP, DAY), at(0));
        // the web layer has claimed a third name for a rename whose event is not stored yet
        database.getCollection(PartnerNameRegistry.COLLECTION)
                .insertOne(new Document("_id", "oxford lep").append("partnerId", "p-1"));
        projection.on(new PartnerUpdatedEvent("p-1", "Oxfordshire LEP", LEP, DAY), at(1));
        assertThat(names()).extracting(doc -> doc.getString("_id")).containsExactly("oxford lep", "oxfordshire lep");
    }

    /** Segments of a replay run apart: another partner's later registration of a name may come first. */
    @Test
    void replayWithSegmentsOutOfStepKeepsTheNameWithItsLaterHolder() {
        projection.on(new PartnerRegisteredEvent("p-2", "OxLEP", LEP, DAY), at(3));
        projection.on(new PartnerRegisteredEvent("p-1", "OxLEP", LEP, DAY), at(1));
        projection.on(new PartnerUpdatedEvent("p-1", "Oxfordshire LEP", LEP, DAY), at(2));
        assertThat(names()).extracting(doc -> doc.getString("_id") + "=" + doc.getString("partnerId"))
                .containsExactly("oxfordshire lep=p-1", "oxlep=p-2");
    }

    @Test
    void resetForgetsEveryName() {
        projection.on(new PartnerRegisteredEvent("p-1", "OxLEP", LEP, DAY), at(0));
        projection.reset();
        assertThat(names()).isEmpty();
    }

    private static TrackingToken at(long globalIndex) {
        return new GlobalSequenceTrackingToken(globalIndex);
    }

    private List<Document> names() {
        return database.getCollection(PartnerNameRegistry.COLLECTION).find().sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }
}
