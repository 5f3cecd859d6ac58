package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.lis.engagement.coverage.query.CoverageFields.Facts;
import org.lis.engagement.coverage.query.CoverageFields.Hypotheses;
import org.lis.engagement.coverage.query.CoverageFields.Programmes;
import org.lis.engagement.coverage.query.CoverageFields.Workshops;
import org.lis.support.fresh.HeldReadModel;
import org.lis.support.fresh.Watermark;
import org.lis.support.mongo.ChangeLog;

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
    private final Map<Object, PartnerVersion> versions = new LinkedHashMap<>();
    private final Map<Object, Fact> facts = new LinkedHashMap<>();
    private final Map<String, WorkshopInfo> workshops = new LinkedHashMap<>();
    private final Map<String, String> hypothesisTitles = new LinkedHashMap<>();
    private CoverageHistory snapshot;

    HeldHistory(String programmeId, MongoDatabase database, ChangeLog changes, long maxCatchUp) {
        super(changes, maxCatchUp);
        this.programmeId = programmeId;
        this.database = database;
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
        programme = null;
        snapshot = null;
        Document programmeDocument = collection(CoverageCollections.PROGRAMMES).find(eq("_id", programmeId)).first();
        if (programmeDocument == null || programmeDocument.getString(Programmes.NAME) == null) {
            return;
        }
        programme = CoverageDocuments.programme(programmeDocument);
        collection(CoverageCollections.PARTNER_VERSIONS).find()
                .forEach(d -> versions.put(d.get("_id"), CoverageDocuments.partnerVersion(d)));
        collection(CoverageCollections.FACTS).find(or(eq(Facts.PROGRAMME_ID, programmeId),
                eq(Facts.ALL_PROGRAMMES, true))).forEach(d -> facts.put(d.get("_id"), CoverageDocuments.fact(d)));
        collection(CoverageCollections.WORKSHOPS).find(eq(Workshops.PROGRAMME_ID, programmeId))
                .forEach(d -> workshops.put(d.getString("_id"), CoverageDocuments.workshop(d)));
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
                }
            }
            case CoverageCollections.PARTNER_VERSIONS -> put(versions, id,
                    document == null ? null : CoverageDocuments.partnerVersion(document));
            case CoverageCollections.FACTS -> put(facts, id, document != null && (programmeId.equals(
                    document.getString(Facts.PROGRAMME_ID)) || document.getBoolean(Facts.ALL_PROGRAMMES, false))
                    ? CoverageDocuments.fact(document) : null);
            case CoverageCollections.WORKSHOPS -> put(workshops, (String) id,
                    ofThisProgramme(document, Workshops.PROGRAMME_ID) ? CoverageDocuments.workshop(document) : null);
            case CoverageCollections.HYPOTHESES -> put(hypothesisTitles, (String) id,
                    ofThisProgramme(document, Hypotheses.PROGRAMME_ID) ? title(document) : null);
            default -> {
                // a collection of the log that this history does not hold
            }
        }
    }

    private boolean ofThisProgramme(Document document, String field) {
        return document != null && Objects.equals(programmeId, document.getString(field));
    }

    private static <K, V> void put(Map<K, V> map, K key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private CoverageHistory snapshot() {
        return new CoverageHistory(programme, List.copyOf(versions.values()), List.copyOf(facts.values()),
                Map.copyOf(workshops), Map.copyOf(hypothesisTitles));
    }

    private static String title(Document d) {
        return d.getString(Hypotheses.TITLE) == null ? d.getString("_id") : d.getString(Hypotheses.TITLE);
    }

    private com.mongodb.client.MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }
}
