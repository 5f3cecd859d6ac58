package org.lis.benchmark;

import com.mongodb.client.MongoClient;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.Serializer;
import org.lis.eventstore.MongoEventStorageEngine;

/**
 * An engine the benchmark measures, created afresh on an empty database for every measurement.
 */
interface EngineUnderTest {

    String name();

    EventStorageEngine create(MongoClient client, String databaseName, Serializer serializer);

    /** This project's engine: global index from a counter, gap-aware tracking. */
    static EngineUnderTest ours() {
        return new EngineUnderTest() {
            @Override
            public String name() {
                return "lis event-store";
            }

            @Override
            public EventStorageEngine create(MongoClient client, String databaseName, Serializer serializer) {
                MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                                                                        .mongoClient(client)
                                                                        .databaseName(databaseName)
                                                                        .eventSerializer(serializer)
                                                                        .snapshotSerializer(serializer)
                                                                        .build();
                engine.ensureIndexes();
                return engine;
            }
        };
    }

    /** axon-mongo's engine with its defaults: document per event, tracking by timestamp with a look-back. */
    static EngineUnderTest axonMongo() {
        return new EngineUnderTest() {
            @Override
            public String name() {
                return "axon-mongo 4.12.0";
            }

            @Override
            public EventStorageEngine create(MongoClient client, String databaseName, Serializer serializer) {
                var engine = org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine
                        .builder()
                        .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, databaseName).build())
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build();
                engine.ensureIndexes();
                return engine;
            }
        };
    }
}
