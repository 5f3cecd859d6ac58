package org.lis.workshop.replica;


import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.support.mongo.ViewCollection;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * The partners and programmes the engagement service published, kept just far enough to validate ids:
 * partner name and type, contact ids with an erased flag (never a contact's personal data), programme
 * phase codes and dates. Every handler is an upsert that sets values, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ReplicaProjection.PROCESSING_GROUP)
public class ReplicaProjection {

    public static final String PROCESSING_GROUP = "workshop-replica";


    private final ViewCollection partners;
    private final ViewCollection programmes;

    public ReplicaProjection(MongoDatabase database) {
        this.partners = ViewCollection.of(database, ReplicaCollections.PARTNERS);
        this.programmes = ViewCollection.of(database, ReplicaCollections.PROGRAMMES);
    }

    @EventHandler
    void on(PartnerRegisteredEvent event) {
        upsertPartner(event.partnerId(), event.name(), typeOf(event.classification()));
    }

    @EventHandler
    void on(PartnerUpdatedEvent event) {
        upsertPartner(event.partnerId(), event.name(), typeOf(event.classification()));
    }

    @EventHandler
    void on(ContactAddedEvent event) {
        partners.upsert(event.partnerId(),
                Updates.set(PartnerFields.contactFlag(event.contactId(), PartnerFields.CONTACT_KNOWN), true));
    }

    /** Erasure only ever sets the flag, so a late redelivery of the addition cannot revive the contact. */
    @EventHandler
    void on(ContactErasedEvent event) {
        partners.upsert(event.partnerId(),
                Updates.set(PartnerFields.contactFlag(event.contactId(), PartnerFields.CONTACT_ERASED), true));
    }

    @EventHandler
    void on(ProgrammeDefinedEvent event) {
        programme(event.programmeId(), event.name(), event.phases());
    }

    @EventHandler
    void on(ProgrammeRevisedEvent event) {
        programme(event.programmeId(), event.name(), event.phases());
    }

    private void programme(String programmeId, String name, List<Phase> definedPhases) {
        List<String> phaseCodes = definedPhases.stream().map(Phase::code).toList();
        List<Document> phases = definedPhases.stream().map(ReplicaProjection::phaseDates).toList();
        programmes.upsert(programmeId,
                Updates.set(ProgrammeFields.NAME, name),
                Updates.set(ProgrammeFields.PHASE_CODES, phaseCodes),
                Updates.set(ProgrammeFields.PHASES, phases));
    }

    @EventHandler
    void on(ProgrammeAdoptedEvent event) {
        programmes.upsert(event.programmeId(), Updates.set(ProgrammeFields.ADOPTED_ON, event.adoptedOn().toString()));
    }

    @ResetHandler
    void reset() {
        partners.clear();
        programmes.clear();
    }

    /** The first and last days the phase covers: a phase given as "August - September" runs 1 Aug to 30 Sep. */
    private static Document phaseDates(Phase phase) {
        return new Document(ProgrammeFields.PHASE_CODE, phase.code())
                .append(ProgrammeFields.PHASE_STARTS_ON, phase.firstDay() == null ? null : phase.firstDay().toString())
                .append(ProgrammeFields.PHASE_ENDS_ON, phase.lastDay() == null ? null : phase.lastDay().toString());
    }

    private static String typeOf(PartnerClassification classification) {
        return classification == null || classification.type() == null ? null : classification.type().name();
    }

    private void upsertPartner(String partnerId, String name, String type) {
        Bson update = Updates.combine(Updates.set(PartnerFields.NAME, name), Updates.set(PartnerFields.TYPE, type));
        partners.upsert(partnerId, update);
    }
}
