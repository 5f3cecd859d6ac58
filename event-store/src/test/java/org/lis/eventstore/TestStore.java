package org.lis.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds engines on fresh databases of the test server, with the JSON serializer the services use. */
final class TestStore {

    static final String TYPE = "Item";

    private TestStore() {
    }

    static JacksonSerializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // aggregates are snapshotted by their fields
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    static MongoEventStorageEngine.Builder engine(MongoClient client, String databaseName) {
        JacksonSerializer serializer = serializer();
        return MongoEventStorageEngine.builder()
                                      .mongoClient(client)
                                      .databaseName(databaseName)
                                      .eventSerializer(serializer)
                                      .snapshotSerializer(serializer)
                                      .transactionMode(TransactionMode.AUTO);
    }

    static MongoEventStorageEngine newEngine(String databaseName) {
        MongoEventStorageEngine engine = engine(EmbeddedMongo.client(), databaseName).build();
        engine.ensureIndexes();
        return engine;
    }

    static MongoDatabase database(String databaseName) {
        return EmbeddedMongo.client().getDatabase(databaseName);
    }

    static DomainEventMessage<?> event(String aggregateId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(TYPE, aggregateId, sequence, payload, Map.of());
    }

    /** An event stamped with the given instant, as a writer whose clock shows it would stamp it. */
    static DomainEventMessage<?> eventAt(String aggregateId, long sequence, Object payload, Instant timestamp) {
        return new GenericDomainEventMessage<>(TYPE, aggregateId, sequence, payload, Map.of(),
                                               UUID.randomUUID().toString(), timestamp);
    }

    /** Stores an event under an index reserved earlier, as a slow writer finally does. */
    static void insertLate(String databaseName, long index, DomainEventMessage<?> event) {
        database(databaseName).getCollection(MongoEventStorageEngine.EVENTS_COLLECTION)
                              .insertOne(new EventDocumentMapper().toEventDocument(event, serializer())
                                                                  .append(EventDocumentMapper.ID, index));
    }

    static GlobalIndexAllocator allocator(String databaseName) {
        return new GlobalIndexAllocator(database(databaseName).getCollection(MongoEventStorageEngine.COUNTERS_COLLECTION));
    }

    /** Reads without blocking everything visible after the token. */
    static List<TrackedEventMessage<?>> readAfter(MongoEventStorageEngine engine, TrackingToken token) {
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
            return stream.collect(Collectors.toList());
        }
    }
}
