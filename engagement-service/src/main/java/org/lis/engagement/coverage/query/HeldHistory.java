package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.lis.engagement.coverage.query.CoverageFields.Facts;
import org.lis.engagement.coverage.query.CoverageFields.Hypotheses;
import org.lis.engagement.coverage.query.CoverageFields.Programmes;
import org.lis.engagement.coverage.query.CoverageFields.Workshops;
import org.lis.support.fresh.HeldReadModel;
import org.lis.support.fresh.Watermark;
import org.lis.support.projection.ChangeLog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

/** One programme's coverage documents held in memory; {@link CoverageHistoryCache} holds its lock while using it. */
final class HeldHistory extends HeldReadModel {

    private final String programmeId;
    private final MongoDatabase database;

    private ProgrammeInfo programme;
    private final BucketedValues<Object, PartnerVersion> versions = new BucketedValues<>();
    private final BucketedValues<Object, Fact> facts = new BucketedValues<>();
    private final Map<String, WorkshopInfo> workshops = new LinkedHashMap<>();
    private final Map<String, String> hypothesisTitles = new LinkedHashMap<>();
    private final Map<String, Map<Object, PartnerVersion>> versionsByPartner = new HashMap<>();
    private final Map<String, Map<Object, Fact>> factsByPartner = new HashMap<>();
    /** The latest recording instant held (it may stay after what set it goes): today's standings count up to it. */
    private Instant latestRecordedAt = Instant.MIN;
    private final TodaysStandings today = new TodaysStandings();
    private CoverageHistory snapshot;

    HeldHistory(String programmeId, MongoDatabase database, ChangeLog changes, long maxCatchUp) {
        super(changes, maxCatchUp);
        this.programmeId = programmeId;
        this.database = database;
    }

    /**
     * The standings of {@code history} as of {@code asOf} and recorded by {@code recordedBy}, kept from one read
     * to the next, if {@code history} is what is held now and nothing held was recorded after {@code recordedBy};
     * the caller computes them otherwise.
     */
    Optional<List<PartnerStanding>> standings(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        if (history != snapshot || snapshot == null || latestRecordedAt.isAfter(recordedBy)) {
            return Optional.empty();
        }
        return Optional.of(today.at(asOf, snapshot, versionsByPartner.keySet(),
                partnerId -> List.copyOf(versionsByPartner.getOrDefault(partnerId, Map.of()).values()),
                partnerId -> List.copyOf(factsByPartner.getOrDefault(partnerId, Map.of()).values())));
    }

    /** The tally of {@link #standings}, kept with them, on the same terms. */
    Optional<StandingTally> tally(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return standings(history, asOf, recordedBy).map(kept -> today.tally());
    }

    /**
     * The history as written up to {@code mark} at least (read after the mark was taken), empty when the
     * programme is unknown; a null mark (no positions known) reads everything and keeps nothing.
     */
    Optional<CoverageHistory> at(Watermark mark) {
        bringTo(mark);
        return Optional.ofNullable(snapshot);
    }

    @Override
    protected void readAll() {
        versions.clear();
        facts.clear();
        workshops.clear();
        hypothesisTitles.clear();
        versionsByPartner.clear();
        factsByPartner.clear();
        latestRecordedAt = Instant.MIN;
        today.everythingChanged();
        programme = null;
        snapshot = null;
        Document programmeDocument = collection(CoverageCollections.PROGRAMMES).find(eq("_id", programmeId)).first();
        if (programmeDocument == null || programmeDocument.getString(Programmes.NAME) == null) {
            return;
        }
        programme = CoverageDocuments.programme(programmeDocument);
        collection(CoverageCollections.PARTNER_VERSIONS).find()
                .forEach(d -> putVersion(d.get("_id"), CoverageDocuments.partnerVersion(d)));
        collection(CoverageCollections.FACTS).find(or(eq(Facts.PROGRAMME_ID, programmeId),
                eq(Facts.ALL_PROGRAMMES, true))).forEach(d -> putFact(d.get("_id"), CoverageDocuments.fact(d)));
        collection(CoverageCollections.WORKSHOPS).find(eq(Workshops.PROGRAMME_ID, programmeId))
                .forEach(d -> putWorkshop(d.getString("_id"), CoverageDocuments.workshop(d)));
        collection(CoverageCollections.HYPOTHESES).find(eq(Hypotheses.PROGRAMME_ID, programmeId))
                .forEach(d -> hypothesisTitles.put(d.getString("_id"), title(d)));
        snapshot = snapshot();
    }

    /** Keeps each document changed, or drops it if it is gone or not this programme's. */
    @Override
    protected void catchUp(List<ChangeLog.Change> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<String, List<Object>> idsByCollection = new HashMap<>();
        changed.forEach(c -> idsByCollection.computeIfAbsent(c.collection(), k -> new ArrayList<>()).add(c.id()));
        idsByCollection.forEach((name, ids) -> {
            Map<Object, Document> found = new HashMap<>();
            collection(name).find(in("_id", ids)).forEach(d -> found.put(d.get("_id"), d));
            ids.forEach(id -> keep(name, id, found.get(id)));
        });
        snapshot = programme == null ? null : snapshot();
    }

    private void keep(String collection, Object id, Document document) {
        switch (collection) {
            case CoverageCollections.PROGRAMMES -> {
                if (programmeId.equals(id)) {
                    programme = document == null || document.getString(Programmes.NAME) == null ? null
                            : CoverageDocuments.programme(document);
                    today.everythingChanged();
                }
            }
            case CoverageCollections.PARTNER_VERSIONS -> putVersion(id,
                    document == null ? null : CoverageDocuments.partnerVersion(document));
            case CoverageCollections.FACTS -> putFact(id, document != null && (programmeId.equals(
                    document.getString(Facts.PROGRAMME_ID)) || document.getBoolean(Facts.ALL_PROGRAMMES, false))
                    ? CoverageDocuments.fact(document) : null);
            case CoverageCollections.WORKSHOPS -> putWorkshop((String) id,
                    ofThisProgramme(document, Workshops.PROGRAMME_ID) ? CoverageDocuments.workshop(document) : null);
            case CoverageCollections.HYPOTHESES -> put(hypothesisTitles, (String) id,
                    ofThisProgramme(document, Hypotheses.PROGRAMME_ID) ? title(document) : null);
            default -> {
                // a collection of the log that this history does not hold
            }
        }
    }

    /** Keeps (or with null drops) a partner's version, and notes the partner changed. */
    private void putVersion(Object id, PartnerVersion version) {
        PartnerVersion before = versions.put(id, version);
        if (before != null) {
            byPartner(versionsByPartner, before.partnerId()).remove(id);
            today.partnerChanged(before.partnerId());
        }
        if (version != null) {
            byPartner(versionsByPartner, version.partnerId()).put(id, version);
            today.partnerChanged(version.partnerId());
            latest(version.recordedAt());
        }
    }

    /** Keeps (or with null drops) a fact; a withdrawal can take back other partners' facts of its record. */
    private void putFact(Object id, Fact fact) {
        Fact before = facts.put(id, fact);
        if (before != null) {
            byPartner(factsByPartner, before.partnerId()).remove(id);
            today.partnerChanged(before.partnerId());
        }
        if (fact != null) {
            byPartner(factsByPartner, fact.partnerId()).put(id, fact);
            today.partnerChanged(fact.partnerId());
            latest(fact.recordedAt());
        }
        if (fact != null && fact.kind() == FactKind.WITHDRAWN || before != null && before.kind() == FactKind.WITHDRAWN) {
            today.everythingChanged();
        }
    }

    /** A cancellation reaches every invited partner. */
    private void putWorkshop(String id, WorkshopInfo workshop) {
        put(workshops, id, workshop);
        if (workshop != null && workshop.cancelledRecordedAt() != null) {
            latest(workshop.cancelledRecordedAt());
        }
        today.everythingChanged();
    }

    private void latest(Instant recordedAt) {
        if (recordedAt != null && recordedAt.isAfter(latestRecordedAt)) {
            latestRecordedAt = recordedAt;
        }
    }

    private static <V> Map<Object, V> byPartner(Map<String, Map<Object, V>> index, String partnerId) {
        return index.computeIfAbsent(partnerId, k -> new LinkedHashMap<>());
    }

    private boolean ofThisProgramme(Document document, String field) {
        return document != null && Objects.equals(programmeId, document.getString(field));
    }

    /** Puts, or with a null value removes; returns what was there. */
    private static <K, V> V put(Map<K, V> map, K key, V value) {
        return value == null ? map.remove(key) : map.put(key, value);
    }

    private CoverageHistory snapshot() {
        return new CoverageHistory(programme, versions.values(), facts.values(),
                Map.copyOf(workshops), Map.copyOf(hypothesisTitles));
    }

    private static String title(Document d) {
        return d.getString(Hypotheses.TITLE) == null ? d.getString("_id") : d.getString(Hypotheses.TITLE);
    }

    private com.mongodb.client.MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }
}
