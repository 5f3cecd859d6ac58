package org.lis.engagement.contact.command;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.support.test.DatabaseTestBase;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyContactKeysTest extends DatabaseTestBase {

    @TempDir
    Path folder;

    private FileContactKeyStore store;

    @BeforeEach
    void setUp() {
        store = FileContactKeyStore.open(folder.resolve("contact-keys.bin"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void keysFromTheDatabaseMoveIntoTheFileAndLeaveTheDatabase() {
        String alex = ContactCipher.newKey();
        String sam = ContactCipher.newKey();
        database.getCollection(MongoContactKeyStore.COLLECTION).insertMany(List.of(
                new Document("_id", "c-alex").append("key", alex), new Document("_id", "c-sam").append("key", sam)));

        assertThat(LegacyContactKeys.moveInto(store, database)).isEqualTo(2);

        assertThat(store.find(List.of("c-alex", "c-sam")).block()).isEqualTo(Map.of("c-alex", alex, "c-sam", sam));
        assertThat(database.listCollectionNames()).doesNotContain(MongoContactKeyStore.COLLECTION);
    }

    @Test
    void movingAgainAfterACrashHalfwayKeepsWhatTheFileHas() throws Exception {
        String alex = ContactCipher.newKey();
        store.keep("c-alex", alex);
        String sam = ContactCipher.newKey();
        database.getCollection(MongoContactKeyStore.COLLECTION).insertMany(List.of(
                new Document("_id", "c-alex").append("key", alex), new Document("_id", "c-sam").append("key", sam)));

        assertThat(LegacyContactKeys.moveInto(store, database)).isEqualTo(1);

        assertThat(store.find(List.of("c-alex", "c-sam")).block()).isEqualTo(Map.of("c-alex", alex, "c-sam", sam));
        assertThat(database.getCollection(MongoContactKeyStore.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void nothingToMoveIsNothingDone() {
        assertThat(LegacyContactKeys.moveInto(store, database)).isZero();
        assertThat(database.listCollectionNames()).isEmpty();
    }
}
