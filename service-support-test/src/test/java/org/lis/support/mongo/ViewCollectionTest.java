package org.lis.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lis.support.test.MongoTestServer;

/** A projection writing through a view collection may see an event twice and must end as if it saw it once. */
class ViewCollectionTest {

    private final MongoClient client = MongoClients.create(MongoTestServer.uri());
    private final MongoDatabase database = client.getDatabase("views-" + UUID.randomUUID());
    private final ViewCollection view = ViewCollection.of(database, "tickets", "kind");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anUpsertCreatesTheDocumentAndRepeatingItChangesNothing() {
        view.upsert("t1", Updates.set("kind", "BUG"), Updates.set("title", "Broken"));
        view.upsert("t1", Updates.set("kind", "BUG"), Updates.set("title", "Broken"));

        assertThat(all()).containsExactly(new Document("_id", "t1").append("kind", "BUG").append("title", "Broken"));
    }

    @Test
    void anUpsertKeepsTheFieldsItDoesNotSet() {
        view.upsert("t1", Updates.set("kind", "BUG"), Updates.set("title", "Broken"));
        view.upsert("t1", Updates.set("title", "Fixed"));

        assertThat(all()).containsExactly(new Document("_id", "t1").append("kind", "BUG").append("title", "Fixed"));
    }

    @Test
    void putReplacesTheWholeDocumentWithTheSameId() {
        view.put(new Document("_id", "t1").append("kind", "BUG").append("title", "Broken"));
        view.put(new Document("_id", "t1").append("kind", "IDEA"));

        assertThat(all()).containsExactly(new Document("_id", "t1").append("kind", "IDEA"));
    }

    @Test
    void deleteRemovesOneDocumentAndClearRemovesAll() {
        view.put(new Document("_id", "t1"));
        view.put(new Document("_id", "t2"));

        view.delete("t1");
        assertThat(all()).containsExactly(new Document("_id", "t2"));

        view.clear();
        assertThat(all()).isEmpty();
    }

    @Test
    void theFieldsQueriesFilterByAreIndexed() {
        List<String> indexed = new ArrayList<>();
        view.documents().listIndexes().forEach(index -> indexed.add(index.get("key", Document.class).keySet().iterator().next()));

        assertThat(indexed).contains("kind");
    }

    private List<Document> all() {
        return view.documents().find().into(new ArrayList<>());
    }
}
