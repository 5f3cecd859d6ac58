package org.lis.localstack;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

class JournalledBackendTest {

    @TempDir
    Path folder;

    @Test
    void whatWasWrittenIsThereAfterAReopenWithItsUniqueIndexes() {
        Path journal = folder.resolve("mongo.journal");
        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            items.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true).name("name_unique"));
            for (int i = 1; i <= 5; i++) {
                items.insertOne(new Document("_id", i).append("name", "item " + i).append("count", 0));
            }
            items.updateOne(Filters.eq("_id", 2), Updates.inc("count", 3));
            items.deleteOne(Filters.eq("_id", 4));
            items.findOneAndUpdate(Filters.eq("_id", "counter"), Updates.inc("next", 7),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
            items.updateOne(Filters.eq("_id", "counter"), Updates.inc("next", 1));
        });

        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            assertThat(items.find(Filters.type("_id", "int")).map(d -> d.getInteger("_id") + ":" + d.getInteger("count")))
                    .containsExactly("1:0", "2:3", "3:0", "5:0");
            assertThat(items.find(Filters.eq("_id", "counter")).first().get("next", Number.class).intValue()).isEqualTo(8);
            assertThatThrownBy(() -> items.insertOne(new Document("_id", 9).append("name", "item 1")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        });
    }

    @Test
    void aRecordTornByACrashIsCutOffAndTheWritesBeforeItKept() throws IOException {
        Path journal = folder.resolve("mongo.journal");
        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            items.insertOne(new Document("_id", 1));
            items.insertOne(new Document("_id", 2));
        });
        // a process killed in the middle of a write: the length of a record, then less than that
        Files.write(journal, new byte[] {0, 0, 1, 0, 12, 34, 56, 78, 1, 2, 3}, StandardOpenOption.APPEND);

        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            assertThat(ids(items)).containsExactly(1, 2);
            items.insertOne(new Document("_id", 3));
        });
        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")),
                items -> assertThat(ids(items)).containsExactly(1, 2, 3));
    }

    @Test
    void aFailedCommandIsReplayedToTheSameEffect() {
        Path journal = folder.resolve("mongo.journal");
        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            items.insertOne(new Document("_id", 2));
            // an ordered insert stops at the duplicate: 1 is stored, 3 is not
            assertThatThrownBy(() -> items.insertMany(List.of(new Document("_id", 1), new Document("_id", 2),
                                                              new Document("_id", 3))))
                    .isInstanceOf(RuntimeException.class);
        });

        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")),
                items -> assertThat(ids(items)).containsExactly(2, 1));
    }

    @Test
    void aStartCompactsTheJournalToTheContentOnceItHasGrownPastTwiceItsLastCompaction() {
        Path journal = folder.resolve("mongo.journal");
        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            items.insertOne(new Document("_id", "token").append("position", 0));
            for (int i = 1; i <= 300; i++) {
                items.updateOne(Filters.eq("_id", "token"), Updates.set("position", i));
            }
        });

        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")),
                items -> assertThat(items.find().first().getInteger("position")).isEqualTo(300));
        // a create and an insert of the one document, not the 301 writes, and the record ending the compaction
        assertThat(recordsOf(journal)).isEqualTo(3);
    }

    @Test
    void aStartLeavesAJournalThatHasGrownLittleSinceItsLastCompactionAsItIs() throws IOException {
        Path journal = folder.resolve("mongo.journal");
        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            for (int i = 1; i <= 100; i++) {
                items.insertOne(new Document("_id", i).append("name", "item " + i));
            }
        });
        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")),
                items -> items.updateOne(Filters.eq("_id", 1), Updates.set("name", "first")));
        long grownALittle = Files.size(journal);

        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            assertThat(items.find(Filters.eq("_id", 1)).first().getString("name")).isEqualTo("first");
            assertThat(items.countDocuments()).isEqualTo(100);
        });
        assertThat(Files.size(journal)).as("not written again").isEqualTo(grownALittle);

        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")), items -> {
            for (int i = 1; i <= 100; i++) {
                items.updateOne(Filters.eq("_id", i), Updates.set("name", "renamed " + i));
                items.updateOne(Filters.eq("_id", i), Updates.set("name", "item " + i));
            }
        });
        long grownPastTwice = Files.size(journal);
        onServer(JournalledBackend.open(journal, folder.resolve("mongo.mv")),
                items -> assertThat(items.countDocuments(Filters.regex("name", "^item "))).isEqualTo(100));
        assertThat(Files.size(journal)).as("compacted").isLessThan(grownPastTwice / 2);
    }

    @Test
    void aReadOfMoreThanOneReplyCanHoldComesInBatches() {
        String text = "x".repeat(200_000);
        onServer(JournalledBackend.open(folder.resolve("mongo.journal"), folder.resolve("mongo.mv")), items -> {
            for (int i = 0; i < 300; i += 50) {
                List<Document> batch = new ArrayList<>();
                for (int j = i; j < i + 50; j++) {
                    batch.add(new Document("_id", j).append("text", text));
                }
                items.insertMany(batch);
            }

            // 60 MB in all: one reply may hold 48 MB
            assertThat(items.find().map(d -> d.getInteger("_id")).into(new ArrayList<>())).hasSize(300);
            assertThat(items.find(Filters.gte("_id", 250)).batchSize(7).into(new ArrayList<>())).hasSize(50);
            assertThat(items.find().limit(3).into(new ArrayList<>())).hasSize(3);
        });
    }

    @Test
    void aJournalThatCannotBeWrittenFailsTheWriteAndRefusesTheNext() {
        Path journalFile = folder.resolve("mongo.journal");
        Journal journal = spy(Journal.open(journalFile));
        JournalledBackend backend = JournalledBackend.open(journal, journalFile, folder.resolve("mongo.mv"));
        onServer(backend, items -> {
            items.insertOne(new Document("_id", 1));
            doThrow(new UncheckedIOException(new IOException("No space left on device"))).when(journal).append(any());

            assertThatThrownBy(() -> items.insertOne(new Document("_id", 2))).isInstanceOf(MongoException.class);
            doCallRealMethod().when(journal).append(any());
            assertThatThrownBy(() -> items.insertOne(new Document("_id", 3)))
                    .hasMessageContaining("cannot be written (No space left on device)");
            assertThat(ids(items)).as("the write the journal refused, not applied").containsExactly(1);
        });

        // what the clients were told failed is not there after a restart
        onServer(JournalledBackend.open(journalFile, folder.resolve("mongo.mv")),
                items -> assertThat(ids(items)).containsExactly(1));
    }

    @Test
    void aSecondStackCannotOpenTheJournalInUse() {
        Path journal = folder.resolve("mongo.journal");
        JournalledBackend first = JournalledBackend.open(journal, folder.resolve("mongo.mv"));
        try {
            assertThatThrownBy(() -> JournalledBackend.open(journal, folder.resolve("mongo.mv")))
                    .hasMessageContaining("in use by another process");
        } finally {
            first.close();
        }
    }

    @Test
    void aDataFileOfTheEarlierStoreIsCarriedOverAndKept() {
        Path earlier = folder.resolve("mongo.mv");
        H2Backend h2 = new H2Backend(earlier.toString());
        onServer(h2, items -> {
            items.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
            items.insertOne(new Document("_id", 1).append("name", "one"));
            items.insertOne(new Document("_id", 2).append("name", "two"));
        });

        Path journal = folder.resolve("mongo.journal");
        onServer(JournalledBackend.open(journal, earlier), items -> {
            assertThat(ids(items)).containsExactly(1, 2);
            assertThatThrownBy(() -> items.insertOne(new Document("_id", 3).append("name", "one")))
                    .isInstanceOf(MongoWriteException.class);
        });
        assertThat(earlier).doesNotExist();
        assertThat(folder.resolve("mongo.mv.carried-over")).exists();
        onServer(JournalledBackend.open(journal, earlier), items -> assertThat(ids(items)).containsExactly(1, 2));
    }

    private static List<Object> ids(MongoCollection<Document> items) {
        return items.find().map(d -> d.get("_id")).into(new ArrayList<>());
    }

    private static long recordsOf(Path journal) {
        // the journal just reopened holds what its compaction wrote
        try (Journal copy = Journal.open(journal.resolveSibling("copy.journal"))) {
            Files.copy(journal, journal.resolveSibling("copy.journal"));
            return copy.replay(record -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code test} against the backend's collection {@code db.items} over the wire, then shuts it down. */
    private static void onServer(MongoBackend backend, Consumer<MongoCollection<Document>> test) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", 0);
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort())) {
                test.accept(client.getDatabase("db").getCollection("items"));
            }
        } finally {
            server.shutdownNow();
        }
    }
}
