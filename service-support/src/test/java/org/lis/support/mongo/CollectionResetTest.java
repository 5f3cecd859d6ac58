package org.lis.support.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.localmongo.LocalMemoryBackend;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionResetTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> rows;
    private final List<String> commands = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new LocalMemoryBackend());
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(recorder).build());
        rows = client.getDatabase("test").getCollection("rows");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void dropsTheDocumentsAndKeepsAUniqueIndex() {
        rows.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true).name("byKey"));
        rows.insertMany(List.of(new Document("_id", 1).append("key", "a"), new Document("_id", 2).append("key", "b")));
        commands.clear();

        CollectionReset.empty(rows);

        assertThat(rows.countDocuments()).isZero();
        assertThat(commands).contains("drop").doesNotContain("delete");
        assertThat(rows.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("_id_", "byKey");
        rows.insertOne(new Document("_id", 3).append("key", "a"));
        assertThatThrownBy(() -> rows.insertOne(new Document("_id", 4).append("key", "a")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
    }

    @Test
    void emptiesACollectionWithOnlyItsIdIndex() {
        rows.insertOne(new Document("_id", 1));

        CollectionReset.empty(rows);

        assertThat(rows.countDocuments()).isZero();
        rows.insertOne(new Document("_id", 1));
        assertThat(rows.countDocuments()).isOne();
    }

    @Test
    void carriesOverOnlyTheOptionsItKnows() {
        Document byKey = new Document("v", 2).append("key", new Document("key", 1)).append("name", "byKey")
                .append("unique", true);

        assertThat(CollectionReset.carriesOver(byKey)).isTrue();
        assertThat(CollectionReset.carriesOver(byKey.append("collation", new Document("locale", "en")))).isFalse();
    }
}
