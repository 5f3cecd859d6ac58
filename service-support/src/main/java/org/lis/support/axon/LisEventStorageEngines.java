package org.lis.support.axon;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.lis.eventstore.MongoEventStorageEngine;

/** Builds the storage engine of the event database and creates its indexes. */
final class LisEventStorageEngines {

    private LisEventStorageEngines() {
    }

    /**
     * The engine keeps its own system clock, which only ages gaps, on purpose: a test that fixes the
     * application's Clock bean must not freeze the gap timeout. Events come stamped by the event store.
     */
    static EventStorageEngine create(MongoClient client, String database, Serializer eventSerializer,
                                     Serializer snapshotSerializer, EventUpcaster upcasters, Duration gapTimeout) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoClient(client)
                .databaseName(database)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .snapshotFilter(new KnownSnapshotTypes(snapshotSerializer))
                .upcasterChain(upcasters)
                .gapTimeout(gapTimeout)
                .build();
        engine.ensureIndexes();
        return engine;
    }
}
