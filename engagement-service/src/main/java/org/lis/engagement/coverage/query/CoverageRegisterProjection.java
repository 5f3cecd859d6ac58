package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.lis.engagement.coverage.query.BusinessDates.iso;

/**
 * What coverage is measured against: every partner's dated classifications, one document per
 * registration or update (keyed by the event's identifier, so nothing is overwritten), and each
 * programme with its phases, readiness rules and adoption.
 */
@Component
@ProcessingGroup(CoverageProjection.PROCESSING_GROUP)
public class CoverageRegisterProjection {

    private final MongoCollection<Document> partnerVersions;
    private final MongoCollection<Document> programmes;

    public CoverageRegisterProjection(MongoDatabase database) {
        this.partnerVersions = database.getCollection(CoverageCollections.PARTNER_VERSIONS);
        this.programmes = database.getCollection(CoverageCollections.PROGRAMMES);
        partnerVersions.createIndex(Indexes.ascending("partnerId"));
    }

    @EventHandler
    void on(PartnerRegisteredEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        savePartnerVersion(eventId, event.partnerId(), true, event.name(), event.classification(),
                event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(PartnerUpdatedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        savePartnerVersion(eventId, event.partnerId(), false, event.name(), event.classification(),
                event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(ProgrammeDefinedEvent event) {
        List<Document> phases = event.phases().stream().map(CoverageRegisterProjection::phase).toList();
        Document readiness = event.readiness() == null ? null : new Document()
                .append("keyPartnersEngaged", event.readiness().keyPartnersEngaged())
                .append("minEngagedPerTheme", event.readiness().minEngagedPerTheme())
                .append("minFeedbackPerHypothesis", event.readiness().minFeedbackPerHypothesis());
        programmes.updateOne(eq("_id", event.programmeId()), Updates.combine(
                Updates.set("name", event.name()),
                Updates.set("adoptionTargetDate", iso(event.adoptionTargetDate())),
                Updates.set("phases", phases),
                Updates.set("readiness", readiness)), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(ProgrammeAdoptedEvent event, @Timestamp Instant recordedAt) {
        programmes.updateOne(eq("_id", event.programmeId()),
                Updates.set("adoption", new Document("adoptedOn", iso(event.adoptedOn()))
                        .append("overrideReason", event.overrideReason())
                        .append("failedChecks", event.failedChecks())
                        .append("recordedAt", Date.from(recordedAt))), new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        partnerVersions.deleteMany(new Document());
        programmes.deleteMany(new Document());
    }

    private void savePartnerVersion(String eventId, String partnerId, boolean registration, String name,
                                    PartnerClassification classification, LocalDate effectiveOn, Instant recordedAt) {
        Document version = new Document("_id", eventId)
                .append("partnerId", partnerId)
                .append("registration", registration)
                .append("name", name)
                .append("type", classification.type() == null ? null : classification.type().name())
                .append("sectors", classification.sectors())
                .append("themes", classification.themes().stream().map(Enum::name).toList())
                .append("district", classification.district())
                .append("keyPartner", classification.keyPartner())
                .append("effectiveOn", iso(effectiveOn == null ? recordedAt.atOffset(ZoneOffset.UTC).toLocalDate()
                        : effectiveOn))
                .append("recordedAt", Date.from(recordedAt));
        partnerVersions.replaceOne(eq("_id", eventId), version, new ReplaceOptions().upsert(true));
    }

    private static Document phase(Phase phase) {
        return new Document("code", phase.code()).append("name", phase.name())
                .append("startsOn", iso(phase.startsOn())).append("endsOn", iso(phase.endsOn()));
    }
}
