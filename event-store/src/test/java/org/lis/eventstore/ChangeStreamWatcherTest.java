package org.lis.eventstore;

import org.junit.jupiter.api.Test;
import org.lis.eventstore.test.EmbeddedMongo;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ChangeStreamWatcherTest {

    @Test
    void aServerWithoutChangeStreamsHandsOverToPollingAtOnce() {
        assumeTrue(System.getenv("MONGODB_URI") == null, "the embedded server, which has no change streams");
        MongoEventStorageEngine engine = TestStore.newEngine(EmbeddedMongo.freshDatabaseName("change-stream"));
        AtomicInteger polling = new AtomicInteger();
        ChangeStreamWatcher watcher = new ChangeStreamWatcher(engine.eventsCollection(), AppendSignal.own(),
                                                              polling::incrementAndGet);

        watcher.run();

        assertThat(watcher.fellBack()).isTrue();
        assertThat(polling).hasValue(1);
    }

    @Test
    void stoppedBeforeItStartsItDoesNotStartPolling() {
        assumeTrue(System.getenv("MONGODB_URI") == null, "the embedded server, which has no change streams");
        MongoEventStorageEngine engine = TestStore.newEngine(EmbeddedMongo.freshDatabaseName("change-stream-stop"));
        AtomicInteger polling = new AtomicInteger();
        ChangeStreamWatcher watcher = new ChangeStreamWatcher(engine.eventsCollection(), AppendSignal.own(),
                                                              polling::incrementAndGet);
        watcher.stop();

        watcher.run();

        assertThat(polling).hasValue(0);
    }
}
