package org.lis.localmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The id index refuses and finds the same ids as the backend's own index, whatever kind of value an id is. */
class IdIndexTest {

    @Test
    void refusesTheSameIdsWithTheSameErrorsAsTheBackendsOwnIndex() {
        ObjectId objectId = new ObjectId();
        UUID uuid = UUID.randomUUID();
        List<Object> ids = List.of("p-1", "p-1", objectId, objectId, uuid, uuid, 1, 1L, 1.0, -0.0, 0,
                new Document("a", 1), new Document("a", 1L), "p-2", new ObjectId(), UUID.randomUUID());

        List<Document> local = insertEach(new LocalDatabase("db", new CursorRegistry()), ids);
        List<Document> own = insertEach(new MemoryDatabase("db", new CursorRegistry()), ids);

        assertThat(local).isEqualTo(own);
        assertThat(local).extracting(error -> error.get("index"))
                .as("the second of each id, and numbers the backend holds equal")
                .containsExactly(1, 3, 5, 7, 8, 10, 12);
        assertThat(local.get(0).get("errmsg").toString()).contains("duplicate key", "p-1");
    }

    @Test
    void findsAndRemovesADocumentByItsIdAndTakesTheIdAgainOnceItIsGone() {
        var partners = collection(new LocalDatabase("db", new CursorRegistry()));
        partners.addDocument(new Document("_id", "p-1").append("name", "Aylesbury Vale"));
        partners.addDocument(new Document("_id", "p-2").append("name", "Wycombe"));

        assertThat(partners.handleQuery(new Document("_id", "p-2"))).extracting(document -> document.get("name"))
                .containsExactly("Wycombe");
        assertThatThrownBy(() -> partners.addDocument(new Document("_id", "p-2")))
                .isInstanceOf(DuplicateKeyError.class);

        assertThat(partners.deleteDocuments(new Document("_id", "p-2"), 1)).isOne();
        partners.addDocument(new Document("_id", "p-2").append("name", "Chiltern"));

        assertThat(partners.handleQuery(new Document("_id", "p-2"))).extracting(document -> document.get("name"))
                .containsExactly("Chiltern");
        assertThat(partners.count()).isEqualTo(2);
    }

    @Test
    void aDocumentWithoutAnIdIsGivenOne() {
        var rows = collection(new LocalDatabase("db", new CursorRegistry()));
        rows.addDocument(new Document("name", "first"));
        rows.addDocument(new Document("name", "second"));

        assertThat(rows.handleQuery(new Document())).extracting(document -> document.get("_id"))
                .hasSize(2).allMatch(ObjectId.class::isInstance).doesNotHaveDuplicates();
    }

    /** Inserts each id in a document of its own, unordered, and returns the write errors. */
    private static List<Document> insertEach(MongoDatabase database, List<Object> ids) {
        List<Document> documents = new ArrayList<>();
        ids.forEach(id -> documents.add(new Document("_id", id)));
        return collection(database).insertDocuments(documents, false);
    }

    @SuppressWarnings("unchecked")
    private static MongoCollection<Integer> collection(MongoDatabase database) {
        return (MongoCollection<Integer>) database.createCollectionOrThrowIfExists("rows");
    }
}
