package org.lis.support.axon;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/** Builds the storage engine of the event database and creates its indexes. */
final class LisEventStorageEngines {

    private LisEventStorageEngines() {
    }

    // TODO(interim) switch to org.lis.eventstore.MongoEventStorageEngine once event-store is installed
    static EventStorageEngine create(MongoClient client, String database, Serializer eventSerializer,
                                     Serializer snapshotSerializer, EventUpcaster upcasters, Duration gapTimeout) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(upcasters)
                .build();
        engine.ensureIndexes();
        return engine;
    }
}
