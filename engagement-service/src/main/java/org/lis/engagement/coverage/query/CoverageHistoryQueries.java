package org.lis.engagement.coverage.query;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.coverage.query.CoverageFields.Facts;
import org.lis.engagement.coverage.query.CoverageFields.PartnerVersions;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Loads a partner's stored coverage facts with the reactive driver; a programme's history is held by
 * {@link CoverageHistoryCache}.
 */
@Component
public class CoverageHistoryQueries {

    private final MongoDatabase database;

    public CoverageHistoryQueries(MongoDatabase database) {
        this.database = database;
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

    private Flux<Document> find(String name, Bson filter) {
        return Flux.from(collection(name).find(filter));
    }

    private com.mongodb.reactivestreams.client.MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }
}
