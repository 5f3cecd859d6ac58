package org.lis.localmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored documents hold one copy of the strings they repeat, and are otherwise what was stored. */
class SharedStringsTest {

    @Test
    void documentsStoredApartHoldTheSameFieldNamesAndShortValues() {
        var partners = collection(new LocalDatabase("db", new CursorRegistry()));
        partners.addDocument(partner("p-1", "Aylesbury Vale Business Forum"));
        partners.addDocument(partner("p-2", "Wycombe Chamber of Commerce and Enterprise"));

        Document first = byId(partners, "p-1");
        Document second = byId(partners, "p-2");

        assertThat(onlyKey(first, "registeredOn")).isSameAs(onlyKey(second, "registeredOn"));
        assertThat(first.get("registeredOn")).isSameAs(second.get("registeredOn"));
        Document firstClassification = classification(first);
        Document secondClassification = classification(second);
        assertThat(onlyKey(firstClassification, "type")).isSameAs(onlyKey(secondClassification, "type"));
        assertThat(firstClassification.get("type")).isSameAs(secondClassification.get("type"));
        assertThat(((List<?>) firstClassification.get("sectors")).get(0))
                .isSameAs(((List<?>) secondClassification.get("sectors")).get(0));
        assertThat(first.get("note")).as("a value longer than %d characters is kept as it came",
                SharedStrings.LONGEST_VALUE).isNotSameAs(second.get("note")).isEqualTo(second.get("note"));
    }

    @Test
    void aStoredDocumentIsTheOneInsertedFieldForFieldInOrder() {
        Document inserted = partner("p-1", "Aylesbury Vale Business Forum")
                .append("count", 3L).append("share", 0.5).append("missing", null)
                .append("nested", List.of(List.of("a", new Document("b", "c")), 7));
        var local = collection(new LocalDatabase("db", new CursorRegistry()));
        var own = collection(new MemoryDatabase("db", new CursorRegistry()));
        local.addDocument(inserted);
        own.addDocument(inserted);

        Document stored = byId(local, "p-1");
        assertThat(stored).isEqualTo(byId(own, "p-1"));
        assertThat(new ArrayList<>(stored.keySet())).containsExactlyElementsOf(inserted.keySet());
        assertThat(new ArrayList<>(classification(stored).keySet()))
                .containsExactly("effectiveOn", "type", "sectors", "keyPartner");
    }

    @Test
    void anUpdateChangesOneDocumentOnlyThoughTheyShareTheirValues() {
        var partners = collection(new LocalDatabase("db", new CursorRegistry()));
        partners.addDocument(partner("p-1", "first"));
        partners.addDocument(partner("p-2", "second"));

        update(partners, "p-1", new Document("$push", new Document("classifications.0.sectors", "Digital")));
        update(partners, "p-1", new Document("$set", new Document("classifications.0.type", "BUSINESS")));

        assertThat(classification(byId(partners, "p-1")))
                .containsEntry("sectors", List.of("Manufacturing", "Digital")).containsEntry("type", "BUSINESS");
        assertThat(classification(byId(partners, "p-2")))
                .containsEntry("sectors", List.of("Manufacturing")).containsEntry("type", "EDUCATION");
    }

    @Test
    void whatAnUpdateBringsIsSharedToo() {
        var partners = collection(new LocalDatabase("db", new CursorRegistry()));
        partners.addDocument(partner("p-1", "first"));
        partners.addDocument(partner("p-2", "second"));

        // the first update adds fields, the second only an entry to a list the partner has
        for (int seq = 1; seq <= 2; seq++) {
            for (String id : List.of("p-1", "p-2")) {
                update(partners, id, new Document("$push", new Document(fresh("history"), activity(seq)))
                        .append("$set", new Document(fresh("lastActivityOn"), fresh("2019-01-1" + seq))));
            }
        }

        Document first = byId(partners, "p-1");
        Document second = byId(partners, "p-2");
        for (int seq = 1; seq <= 2; seq++) {
            Document firstEntry = entry(first, seq);
            Document secondEntry = entry(second, seq);
            assertThat(firstEntry).isEqualTo(activity(seq)).isEqualTo(secondEntry);
            assertThat(onlyKey(firstEntry, "kind")).isSameAs(onlyKey(secondEntry, "kind"));
            assertThat(firstEntry.get("kind")).isSameAs(secondEntry.get("kind"));
            assertThat(firstEntry.get("on")).isSameAs(secondEntry.get("on"));
            assertThat(((List<?>) firstEntry.get("themes")).get(0))
                    .isSameAs(((List<?>) secondEntry.get("themes")).get(0));
        }
        assertThat(onlyKey(first, "lastActivityOn")).isSameAs(onlyKey(second, "lastActivityOn"));
        assertThat(first.get("lastActivityOn")).isEqualTo("2019-01-12").isSameAs(second.get("lastActivityOn"));
        assertThat(new ArrayList<>(first.keySet())).as("the fields keep their order")
                .containsExactly("_id", "name", "registeredOn", "note", "classifications", "history", "lastActivityOn");
    }

    @Test
    void anUpdatedDocumentIsWhatTheBackendsOwnUpdateMakes() {
        var local = collection(new LocalDatabase("db", new CursorRegistry()));
        var own = collection(new MemoryDatabase("db", new CursorRegistry()));
        Document update = new Document("$push", new Document("history", activity(1)))
                .append("$set", new Document("classifications.0.type", "BUSINESS"))
                .append("$inc", new Document("version", 2L));
        for (var collection : List.of(local, own)) {
            collection.addDocument(partner("p-1", "first"));
            update(collection, "p-1", update);
        }

        Document stored = byId(local, "p-1");
        assertThat(stored).isEqualTo(byId(own, "p-1"));
        assertThat(new ArrayList<>(stored.keySet())).containsExactlyElementsOf(byId(own, "p-1").keySet());
    }

    /** An activity's entry in a partner's history, with new strings, as the server decodes each update. */
    private static Document activity(int seq) {
        return new Document(fresh("seq"), (long) seq).append(fresh("kind"), fresh("ACTIVITY"))
                .append(fresh("on"), fresh("2019-01-1" + seq))
                .append(fresh("themes"), new ArrayList<>(List.of(fresh("SKILLS"))));
    }

    /** The history's entry of the update {@code seq}, the first being 1. */
    private static Document entry(Document partner, int seq) {
        List<?> history = (List<?>) partner.get("history");
        assertThat(history).hasSizeGreaterThanOrEqualTo(seq);
        return (Document) history.get(seq - 1);
    }

    /** A partner as the server decodes one: every string a new object, even where it equals another's. */
    private static Document partner(String id, String name) {
        Document classification = new Document(fresh("effectiveOn"), fresh("2018-10-05"))
                .append(fresh("type"), fresh("EDUCATION"))
                .append(fresh("sectors"), new ArrayList<>(List.of(fresh("Manufacturing"))))
                .append(fresh("keyPartner"), true);
        return new Document("_id", id).append(fresh("name"), name)
                .append(fresh("registeredOn"), fresh("2018-10-05"))
                .append(fresh("note"), fresh("a note well past the length of a code or a date"))
                .append(fresh("classifications"), new ArrayList<>(List.of(classification)));
    }

    private static void update(MongoCollection<Integer> collection, String id, Document update) {
        collection.updateDocuments(new Document("_id", id), update, ArrayFilters.empty(), false, false,
                NoopOplog.get());
    }

    private static String fresh(String string) {
        return new String(string.toCharArray());
    }

    private static Document classification(Document partner) {
        return (Document) ((List<?>) partner.get("classifications")).get(0);
    }

    /** The document's own instance of the field name. */
    private static String onlyKey(Document document, String key) {
        return document.keySet().stream().filter(key::equals).findFirst().orElseThrow();
    }

    private static Document byId(MongoCollection<Integer> collection, String id) {
        List<Document> found = new ArrayList<>();
        collection.handleQuery(new Document("_id", id)).forEach(found::add);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static MongoCollection<Integer> collection(de.bwaldvogel.mongo.MongoDatabase database) {
        return (MongoCollection<Integer>) database.createCollectionOrThrowIfExists("partners");
    }
}
