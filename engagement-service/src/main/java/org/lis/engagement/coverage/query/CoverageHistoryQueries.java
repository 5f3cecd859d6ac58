package org.lis.engagement.coverage.query;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.coverage.query.CoverageFields.Facts;
import org.lis.engagement.coverage.query.CoverageFields.Hypotheses;
import org.lis.engagement.coverage.query.CoverageFields.PartnerVersions;
import org.lis.engagement.coverage.query.CoverageFields.Programmes;
import org.lis.engagement.coverage.query.CoverageFields.Workshops;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

/** Loads a programme's (or a partner's) stored coverage facts with the reactive driver. */
@Component
public class CoverageHistoryQueries {

    private final MongoDatabase database;

    public CoverageHistoryQueries(MongoDatabase database) {
        this.database = database;
    }

    /** Empty when the programme is unknown to the coverage projection. */
    public Mono<CoverageHistory> forProgramme(String programmeId) {
        Mono<ProgrammeInfo> programme = Mono.from(collection(CoverageCollections.PROGRAMMES)
                        .find(eq("_id", programmeId)).first())
                .filter(d -> d.getString(Programmes.NAME) != null)
                .map(CoverageDocuments::programme);
        return programme.flatMap(p -> Mono.zip(
                        partnerVersions(new Document()),
                        find(CoverageCollections.FACTS,
                                or(eq(Facts.PROGRAMME_ID, programmeId), eq(Facts.ALL_PROGRAMMES, true)))
                                .map(CoverageDocuments::fact).collectList(),
                        find(CoverageCollections.WORKSHOPS, eq(Workshops.PROGRAMME_ID, programmeId))
                                .map(CoverageDocuments::workshop).collectMap(WorkshopInfo::id),
                        hypothesisTitles(eq(Hypotheses.PROGRAMME_ID, programmeId)))
                .map(t -> new CoverageHistory(p, t.getT1(), t.getT2(), t.getT3(), t.getT4())));
    }

    /** One partner's facts across every programme, for its current engagement level. */
    public Mono<CoverageHistory> forPartner(String partnerId) {
        return Mono.zip(partnerVersions(eq(PartnerVersions.PARTNER_ID, partnerId)),
                        find(CoverageCollections.FACTS, eq(Facts.PARTNER_ID, partnerId)).map(CoverageDocuments::fact)
                                .collectList())
                .flatMap(t -> {
                    List<String> workshopIds = t.getT2().stream().map(Fact::workshopId)
                            .filter(Objects::nonNull).distinct().toList();
                    return find(CoverageCollections.WORKSHOPS, in("_id", workshopIds))
                            .map(CoverageDocuments::workshop).collectMap(WorkshopInfo::id)
                            .map(workshops -> new CoverageHistory(null, t.getT1(), t.getT2(), workshops, Map.of()));
                });
    }

    private Mono<List<PartnerVersion>> partnerVersions(Bson filter) {
        return find(CoverageCollections.PARTNER_VERSIONS, filter).map(CoverageDocuments::partnerVersion).collectList();
    }

    private Mono<Map<String, String>> hypothesisTitles(Bson filter) {
        return find(CoverageCollections.HYPOTHESES, filter).collectList()
                .map(docs -> docs.stream().collect(Collectors.toMap(d -> d.getString("_id"),
                        d -> d.getString(Hypotheses.TITLE) == null ? d.getString("_id") : d.getString(Hypotheses.TITLE),
                        (a, b) -> a)));
    }

    private Flux<Document> find(String name, Bson filter) {
        return Flux.from(collection(name).find(filter));
    }

    private com.mongodb.reactivestreams.client.MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }
}
