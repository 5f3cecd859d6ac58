package org.lis.localmongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries that name an id besides other conditions answer as before, from the one document with that id. */
class LocalCollectionTest {

    private MongoServer server;
    private MongoClient client;
    private com.mongodb.client.MongoCollection<Document> partners;

    @BeforeEach
    void start() {
        server = new MongoServer(new LocalMemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        partners = client.getDatabase("db").getCollection("partners");
        for (int i = 1; i <= 50; i++) {
            partners.insertOne(new Document("_id", "p-" + i).append("version", 0L).append("district", "Wycombe"));
        }
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aGuardedUpdateAppliesOnceToTheNamedDocumentOnly() {
        var guarded = Filters.and(Filters.eq("_id", "p-7"), Filters.lt("version", 1L));

        assertThat(partners.updateOne(guarded, Updates.combine(Updates.set("version", 1L),
                Updates.push("history", "activity"))).getModifiedCount()).isOne();
        assertThat(partners.updateOne(guarded, Updates.combine(Updates.set("version", 1L),
                Updates.push("history", "activity"))).getMatchedCount()).as("handled again").isZero();

        assertThat(partners.find(Filters.eq("_id", "p-7")).first().getList("history", String.class))
                .containsExactly("activity");
        assertThat(partners.countDocuments(Filters.eq("version", 1L))).isOne();
    }

    @Test
    void aFindWithTheIdAndAConditionTheDocumentDoesNotMeetFindsNothing() {
        assertThat(partners.find(new Document("_id", "p-3").append("district", "Wycombe")).into(new ArrayList<>()))
                .extracting(document -> document.get("_id")).containsExactly("p-3");
        assertThat(partners.find(new Document("_id", "p-3").append("district", "Aylesbury Vale")).first()).isNull();
        assertThat(partners.find(Filters.and(Filters.eq("_id", "p-404"), Filters.eq("district", "Wycombe"))).first())
                .isNull();
    }

    @Test
    void anUpsertWithAGuardInsertsWhenNoDocumentHasTheId() {
        partners.updateOne(Filters.and(Filters.eq("_id", "p-new"), Filters.lt("version", 3L)),
                Updates.set("version", 3L), new UpdateOptions().upsert(true));

        assertThat(partners.find(Filters.eq("_id", "p-new")).first().getLong("version")).isEqualTo(3L);
    }

    @Test
    void otherQueriesStillReadEveryDocument() {
        assertThat(partners.countDocuments(Filters.eq("district", "Wycombe"))).isEqualTo(50);
        assertThat(partners.find(Filters.in("_id", List.of("p-2", "p-1"))).sort(Sorts.ascending("_id"))
                .map(document -> document.getString("_id")).into(new ArrayList<>())).containsExactly("p-1", "p-2");
    }

    @Test
    void aGuardedQueryLooksAtTheOneDocumentWithItsIdAndAnyOtherAtEveryDocument() {
        int[] examined = {0};
        var database = comparing(examined);
        @SuppressWarnings("unchecked")
        var rows = (MongoCollection<Integer>) database.createCollectionOrThrowIfExists("rows");
        for (int i = 1; i <= 1_000; i++) {
            rows.addDocument(doc("_id", "p-" + i, "version", 0L));
        }
        // as the driver sends Filters.and(eq("_id", ...), lt("version", ...))
        var guarded = doc("$and", List.of(doc("_id", "p-7"), doc("version", doc("$lt", 1L))));

        rows.updateDocuments(guarded, doc("$set", doc("version", 1L)), ArrayFilters.empty(), false, false,
                NoopOplog.get());
        assertThat(examined[0]).as("the one document, matched against the id, then the whole query").isEqualTo(2);
        assertThat(rows.handleQuery(doc("_id", "p-7")).iterator().next().get("version")).isEqualTo(1L);

        examined[0] = 0;
        rows.updateDocuments(doc("version", doc("$lt", 1L)), doc("$set", doc("version", 2L)), ArrayFilters.empty(),
                false, false, NoopOplog.get());
        assertThat(examined[0]).as("no id named: every document").isEqualTo(1_000);
    }

    @Test
    void countsTheSameSizeOfDataAsTheBackendWhenAskedAndNoneAtAWrite() {
        MongoCollection<?> local = sizedRows(new LocalDatabase("db", new CursorRegistry()));
        MongoCollection<?> own = sizedRows(new de.bwaldvogel.mongo.backend.memory.MemoryDatabase("db",
                new CursorRegistry()));

        assertThat(local.getStats().get("size")).isEqualTo(own.getStats().get("size"));
        assertThat((Integer) local.getStats().get("size")).isGreaterThan(20 * 20);
        assertThat(local.validate().get("datasize")).isEqualTo(own.validate().get("datasize"));

        int[] counted = {0};
        var counting = new LocalDatabase("db", new CursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
                return new LocalCollection(this, name, options, cursorRegistry) {
                    @Override
                    protected void updateDataSize(int sizeDelta) {
                        counted[0]++;
                        super.updateDataSize(sizeDelta);
                    }
                };
            }
        };
        sizedRows(counting);
        assertThat(counted[0]).as("no write measures a document").isZero();
    }

    /** A database whose collections count the documents they compare with a query that has any condition. */
    private static LocalDatabase comparing(int[] compared) {
        return new LocalDatabase("db", new CursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
                return new LocalCollection(this, name, options, cursorRegistry) {
                    @Override
                    protected boolean documentMatchesQuery(de.bwaldvogel.mongo.bson.Document document,
                                                           de.bwaldvogel.mongo.bson.Document query) {
                        compared[0] += query.isEmpty() ? 0 : 1;
                        return super.documentMatchesQuery(document, query);
                    }
                };
            }
        };
    }

    /** Inserts, updates (one document grows) and deletes, the same on any database. */
    private static MongoCollection<?> sizedRows(de.bwaldvogel.mongo.MongoDatabase database) {
        @SuppressWarnings("unchecked")
        var rows = (MongoCollection<Integer>) database.createCollectionOrThrowIfExists("rows");
        for (int i = 1; i <= 20; i++) {
            rows.addDocument(doc("_id", "p-" + i, "name", "partner " + i));
        }
        rows.updateDocuments(doc("_id", "p-3"), doc("$set", doc("history", List.of("a", "b", "c"))),
                ArrayFilters.empty(), false, false, NoopOplog.get());
        rows.deleteDocuments(doc("_id", "p-5"), 1);
        return rows;
    }

    @Test
    void aQueryOfIdsFindsWhatTheBackendFindsWithoutComparingEachDocumentWithEveryId() {
        int[] compared = {0};
        var database = comparing(compared);
        MongoCollection<?> local = events(database);
        MongoCollection<?> own = events(new de.bwaldvogel.mongo.backend.memory.MemoryDatabase("db",
                new CursorRegistry()));
        var byIdDescending = doc("_id", -1);
        List<de.bwaldvogel.mongo.bson.Document> queries = List.of(
                doc("_id", doc("$in", List.of(7L, 3L, 404L, 5L))),
                doc("_id", doc("$in", List.of(7, 3L))),
                doc("_id", doc("$in", List.of(4L, 2L, 9L, 1L, 10L))),
                doc("_id", doc("$in", List.of("e-2", 2L))),
                doc("_id", doc("$in", List.of(2.0, 4L))),
                doc("_id", doc("$in", List.of(new de.bwaldvogel.mongo.bson.BsonRegularExpression("^e-"), 1L))),
                doc("_id", doc("$in", List.of(1L, 2L)), "kind", "registered"));

        for (var query : queries) {
            for (var order : java.util.Arrays.asList(null, doc("_id", 1), byIdDescending)) {
                for (int limit : new int[]{0, 2}) {
                    var selector = order == null ? query : doc("$query", query, "$orderby", order);
                    assertThat(ids(local.handleQuery(selector, 0, limit)))
                            .as("%s ordered by %s, limit %d", query, order, limit)
                            .isEqualTo(ids(own.handleQuery(selector, 0, limit)));
                }
            }
        }

        compared[0] = 0;
        local.handleQuery(queries.get(0));
        assertThat(compared[0]).as("ids the index found are not compared again").isZero();
        local.handleQuery(queries.get(4));
        assertThat(compared[0]).as("a fraction takes the backend's path").isPositive();
    }

    /** Events at indexes 1 to 10, one of them at 2.0; and one whose id is a string. */
    @SuppressWarnings("unchecked")
    private static MongoCollection<?> events(de.bwaldvogel.mongo.MongoDatabase database) {
        var rows = (MongoCollection<Integer>) database.createCollectionOrThrowIfExists("events");
        for (long i = 1; i <= 10; i++) {
            rows.addDocument(doc("_id", i == 2 ? (Object) 2.0 : (Object) i, "kind", i % 2 == 0 ? "updated" : "registered"));
        }
        rows.addDocument(doc("_id", "e-2", "kind", "named"));
        return rows;
    }

    private static List<Object> ids(Iterable<de.bwaldvogel.mongo.bson.Document> documents) {
        List<Object> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.get("_id")));
        return ids;
    }

    @Test
    void findsTheIdEqualityOfAQuery() {
        var id = "_id";
        assertThat(LocalCollection.idEquality(doc(id, "p-1", "version", doc("$lt", 3L)), id)).isEqualTo("p-1");
        assertThat(LocalCollection.idEquality(doc("$and", List.of(doc(id, 42L), doc("v", 1))), id)).isEqualTo(42L);
        assertThat(LocalCollection.idEquality(doc(id, doc("$in", List.of("a")), "v", 1), id)).isNull();
        assertThat(LocalCollection.idEquality(doc(id, null, "v", 1), id)).isNull();
        assertThat(LocalCollection.idEquality(doc("v", 1, "w", 2), id)).isNull();
    }

    private static de.bwaldvogel.mongo.bson.Document doc(String key, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(key, value);
    }

    private static de.bwaldvogel.mongo.bson.Document doc(String key, Object value, String key2, Object value2) {
        return doc(key, value).append(key2, value2);
    }
}
