package org.lis.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the signal when MongoDB reports an insert into the events' collection, so appends by other processes
 * wake this JVM's readers without polling. Change streams need a replica set (what compose runs); a server that
 * refuses them (a standalone one, the embedded server) or a stream that fails later hands over to the
 * {@code fallback}, which polls the head, for as long as the store runs. Inserts made in this JVM are reported too,
 * a second wake-up that costs each reader an empty read.
 */
final class ChangeStreamWatcher implements Runnable {

    private static final Logger logger = LoggerFactory.getLogger(ChangeStreamWatcher.class);

    private final MongoCollection<Document> events;
    private final AppendSignal signal;
    private final Runnable fallback;
    private volatile boolean stopped;
    private volatile boolean fellBack;
    private volatile MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor;

    ChangeStreamWatcher(MongoCollection<Document> events, AppendSignal signal, Runnable fallback) {
        this.events = events;
        this.signal = signal;
        this.fallback = fallback;
    }

    void stop() {
        stopped = true;
        MongoChangeStreamCursor<?> open = cursor;
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                logger.debug("Closing the change stream failed", e);
            }
        }
    }

    /** Whether the watcher gave up on change streams and started polling instead. */
    boolean fellBack() {
        return fellBack;
    }

    @Override
    public void run() {
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> opened = events
                .watch(List.of(Aggregates.match(Filters.eq("operationType", "insert")),
                               Aggregates.project(Projections.include("operationType", "documentKey"))))
                .maxAwaitTime(1, TimeUnit.SECONDS)
                .cursor()) {
            cursor = opened;
            logger.info("Watching the change stream of {} for appends by other processes", events.getNamespace());
            while (!stopped) {
                if (opened.tryNext() != null) {
                    // several inserts at once wake the readers once: they read all that is there
                    while (!stopped && opened.available() > 0 && opened.tryNext() != null) {
                        // drained
                    }
                    signal.appendedElsewhere();
                }
            }
        } catch (MongoException | IllegalStateException e) {
            if (!stopped) {
                fellBack = true;
                logger.info("No change stream on {} ({}); polling the head of the stream instead",
                            events.getNamespace(), e.getMessage());
                fallback.run();
            }
        }
    }
}
