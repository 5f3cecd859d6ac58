package org.lis.workshop.replica;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.lis.support.error.DomainException;
import org.lis.support.fresh.FreshReads;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks the ids a command names against the replica, for the command handlers, so an aggregate never does I/O.
 * The replica trails the engagement service by a moment: an id it does not know is looked up again until the
 * replica has caught up with the event store (see {@link FreshReads}), so a partner, contact or programme created
 * by the request before is found.
 */
@Component
public class ReplicaQueries {

    private final MongoCollection<Document> partners;
    private final MongoCollection<Document> programmes;
    private final FreshReads fresh;

    public ReplicaQueries(MongoDatabase database, FreshReads fresh) {
        this.fresh = fresh;
        this.partners = database.getCollection(ReplicaCollections.PARTNERS);
        this.programmes = database.getCollection(ReplicaCollections.PROGRAMMES);
    }

    /** Completes when the programme is known. */
    public Mono<Void> requireProgramme(String programmeId) {
        return fresh.check(ReplicaProjection.PROCESSING_GROUP, () -> programme(programmeId, null)).then();
    }

    /**
     * Completes when the programme is known, has the phase, and the workshop starts (by its UTC date) within
     * the phase's dates: a workshop dated outside its phase would count as engagement in a phase it was not in.
     * Phases replicated before their dates were kept have none, and are not checked.
     */
    public Mono<Void> requireWithinPhase(String programmeId, String phaseCode, Instant startsAt) {
        return fresh.check(ReplicaProjection.PROCESSING_GROUP, () -> programme(programmeId, phaseCode)).flatMap(programme -> {
            List<Document> phases = programme.getList(ProgrammeFields.PHASES, Document.class, List.of());
            LocalDate day = LocalDate.ofInstant(startsAt, ZoneOffset.UTC);
            return Flux.fromIterable(phases)
                    .filter(phase -> phaseCode.equals(phase.getString(ProgrammeFields.PHASE_CODE)))
                    .filter(phase -> phase.getString(ProgrammeFields.PHASE_STARTS_ON) != null
                            && phase.getString(ProgrammeFields.PHASE_ENDS_ON) != null)
                    .filter(phase -> day.isBefore(LocalDate.parse(phase.getString(ProgrammeFields.PHASE_STARTS_ON)))
                            || day.isAfter(LocalDate.parse(phase.getString(ProgrammeFields.PHASE_ENDS_ON))))
                    .next()
                    .flatMap(phase -> Mono.<Void>error(new DomainException(WorkshopError.OUTSIDE_PHASE,
                            "A workshop starting on " + day + " lies outside phase " + phaseCode + " of programme "
                                    + programmeId + ", which runs from "
                                    + phase.getString(ProgrammeFields.PHASE_STARTS_ON) + " to "
                                    + phase.getString(ProgrammeFields.PHASE_ENDS_ON))));
        });
    }

    /** The programme, once it is known and has the phase (not checked when phaseCode is null). */
    private Mono<Document> programme(String programmeId, String phaseCode) {
        return Mono.from(programmes.find(eq(Documents.ID, programmeId)).first())
                .filter(programme -> programme.get(ProgrammeFields.PHASE_CODES) != null)
                .switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.PROGRAMME_UNKNOWN, "programme "
                        + programmeId + " is unknown: the engagement service has recorded no programme with this id")))
                .flatMap(programme -> phaseCode == null
                        || programme.getList(ProgrammeFields.PHASE_CODES, String.class).contains(phaseCode)
                        ? Mono.just(programme)
                        : Mono.error(new DomainException(WorkshopError.PHASE_UNKNOWN, "phaseCode",
                                "programme " + programmeId + " has no phase " + phaseCode)));
    }

    /** Completes when the partner is known and, if a contact is named, the contact is one of its own and not erased. */
    public Mono<Void> requirePartner(String partnerId, String contactId) {
        return fresh.check(ReplicaProjection.PROCESSING_GROUP, () -> partner(partnerId, contactId));
    }

    private Mono<Void> partner(String partnerId, String contactId) {
        return Mono.from(partners.find(eq(Documents.ID, partnerId)).first())
                .filter(partner -> partner.getString(PartnerFields.NAME) != null)
                .switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.PARTNER_UNKNOWN, "partner "
                        + partnerId + " is unknown: the engagement service has recorded no partner with this id")))
                .flatMap(partner -> contactId == null ? Mono.<Void>empty() : checkContact(partner, contactId));
    }

    /** The partner's name as last published, empty when the replica does not know it. */
    public Mono<String> partnerName(String partnerId) {
        return Mono.from(partners.find(eq(Documents.ID, partnerId)).first())
                .mapNotNull(partner -> partner.getString(PartnerFields.NAME));
    }

    /** Partner id to partner type, for the partners the replica knows. */
    public Mono<Map<String, String>> partnerTypes(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Flux.from(partners.find(in(Documents.ID, partnerIds)))
                .filter(partner -> partner.getString(PartnerFields.TYPE) != null)
                .collect(Collectors.toMap(partner -> partner.getString(Documents.ID),
                        partner -> partner.getString(PartnerFields.TYPE)));
    }

    private static Mono<Void> checkContact(Document partner, String contactId) {
        Document contacts = partner.get(PartnerFields.CONTACTS, Document.class);
        Document contact = contacts == null ? null : contacts.get(contactId, Document.class);
        if (contact == null || !Boolean.TRUE.equals(contact.getBoolean(PartnerFields.CONTACT_KNOWN))) {
            return Mono.error(new DomainException(WorkshopError.CONTACT_UNKNOWN, "contact " + contactId
                    + " is not a contact of partner " + partner.getString(Documents.ID)
                    + " known to the workshop service"));
        }
        if (Boolean.TRUE.equals(contact.getBoolean(PartnerFields.CONTACT_ERASED))) {
            return Mono.error(new DomainException(WorkshopError.CONTACT_ERASED,
                    "contact " + contactId + " has been erased and cannot be named"));
        }
        return Mono.empty();
    }
}
