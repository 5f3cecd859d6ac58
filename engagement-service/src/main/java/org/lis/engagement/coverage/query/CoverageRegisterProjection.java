package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.lis.support.mongo.ViewCollection;
import org.lis.support.projection.BatchedCollection;
import org.lis.engagement.coverage.query.CoverageFields.PartnerVersions;
import org.lis.engagement.coverage.query.CoverageFields.Programmes;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static org.lis.engagement.coverage.query.BusinessDates.iso;

/**
 * What coverage is measured against: every partner's dated classifications, one document per
 * registration or update (keyed by the event's identifier, so nothing is overwritten), and each
 * programme with its phases, readiness rules and adoption.
 */
@Component
@ProcessingGroup(CoverageProjection.PROCESSING_GROUP)
public class CoverageRegisterProjection {

    private final ViewCollection partnerVersions;
    private final ViewCollection programmes;
    /** Both collections written a batch of events at a time: no handler of the coverage group reads them. */
    private final BatchedCollection partnerVersionWrites;
    private final BatchedCollection programmeWrites;

    public CoverageRegisterProjection(MongoDatabase database) {
        this.partnerVersions = ViewCollection.of(database, CoverageCollections.PARTNER_VERSIONS,
                PartnerVersions.PARTNER_ID);
        this.programmes = ViewCollection.of(database, CoverageCollections.PROGRAMMES);
        this.partnerVersionWrites = BatchedCollection.of(partnerVersions.documents());
        this.programmeWrites = BatchedCollection.of(programmes.documents());
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
        define(event.programmeId(), event.name(), event.adoptionTargetDate(), event.phases(), event.readiness(),
                event.convenorPartnerId());
    }

    /** A revision replaces the definition; coverage as of any date measures against the programme as it now stands. */
    @EventHandler
    void on(ProgrammeRevisedEvent event) {
        define(event.programmeId(), event.name(), event.adoptionTargetDate(), event.phases(), event.readiness(),
                event.convenorPartnerId());
    }

    private void define(String programmeId, String name, LocalDate adoptionTargetDate, List<Phase> definedPhases,
                        ReadinessRules rules, String convenorPartnerId) {
        List<Document> phases = definedPhases.stream().map(CoverageRegisterProjection::phase).toList();
        Document readiness = rules == null ? null : new Document()
                .append(Programmes.Readiness.KEY_PARTNERS_ENGAGED, rules.keyPartnersEngaged())
                .append(Programmes.Readiness.MIN_ENGAGED_PER_THEME, rules.minEngagedPerTheme())
                .append(Programmes.Readiness.MIN_FEEDBACK_PER_HYPOTHESIS, rules.minFeedbackPerHypothesis());
        programmeWrites.upsert(programmeId, Updates.combine(
                Updates.set(Programmes.NAME, name),
                Updates.set(Programmes.ADOPTION_TARGET_DATE, iso(adoptionTargetDate)),
                Updates.set(Programmes.PHASES, phases),
                Updates.set(Programmes.READINESS, readiness),
                Updates.set(Programmes.CONVENOR_PARTNER_ID, convenorPartnerId)));
    }

    @EventHandler
    void on(ProgrammeAdoptedEvent event, @Timestamp Instant recordedAt) {
        programmeWrites.upsert(event.programmeId(),
                Updates.set(Programmes.ADOPTION, new Document(Programmes.Adoption.ADOPTED_ON, iso(event.adoptedOn()))
                        .append(Programmes.Adoption.OVERRIDE_REASON, event.overrideReason())
                        .append(Programmes.Adoption.FAILED_CHECKS, event.failedChecks())
                        .append(Programmes.Adoption.RECORDED_AT, Date.from(recordedAt))));
    }

    @ResetHandler
    void reset() {
        partnerVersions.clear();
        programmes.clear();
    }

    private void savePartnerVersion(String eventId, String partnerId, boolean registration, String name,
                                    PartnerClassification classification, LocalDate effectiveOn, Instant recordedAt) {
        Document version = new Document("_id", eventId)
                .append(PartnerVersions.PARTNER_ID, partnerId)
                .append(PartnerVersions.REGISTRATION, registration)
                .append(PartnerVersions.NAME, name)
                .append(PartnerVersions.TYPE, classification.type() == null ? null : classification.type().name())
                .append(PartnerVersions.SECTORS, classification.sectors())
                .append(PartnerVersions.THEMES, classification.themes().stream().map(Enum::name).toList())
                .append(PartnerVersions.DISTRICT, classification.district())
                .append(PartnerVersions.KEY_PARTNER, classification.keyPartner())
                .append(PartnerVersions.EFFECTIVE_ON, iso(effectiveOn == null
                        ? recordedAt.atOffset(ZoneOffset.UTC).toLocalDate() : effectiveOn))
                .append(PartnerVersions.RECORDED_AT, Date.from(recordedAt));
        partnerVersionWrites.put(version);
    }

    /** With the first and last days the phase covers: a phase given as "August - September" runs 1 Aug to 30 Sep. */
    private static Document phase(Phase phase) {
        return new Document(Programmes.Phase.CODE, phase.code()).append(Programmes.Phase.NAME, phase.name())
                .append(Programmes.Phase.STARTS_ON, iso(phase.firstDay()))
                .append(Programmes.Phase.ENDS_ON, iso(phase.lastDay()));
    }
}
