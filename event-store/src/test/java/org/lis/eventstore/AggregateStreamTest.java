package org.lis.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.test.EmbeddedMongo;

import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.eventstore.EventDocumentMapper.AGGREGATE_IDENTIFIER;
import static org.lis.eventstore.EventDocumentMapper.AGGREGATE_SEQUENCE;
import static org.lis.eventstore.EventDocumentMapper.SEQUENCE_NUMBER;

class AggregateStreamTest {

    private String databaseName;
    private MongoEventStorageEngine engine;
    private EmbeddedEventStore eventStore;
    private EventSourcingRepository<TestItem> repository;

    @BeforeEach
    void setUp() {
        databaseName = EmbeddedMongo.freshDatabaseName("aggregate-stream");
        engine = TestStore.newEngine(databaseName);
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        repository = EventSourcingRepository.builder(TestItem.class).eventStore(eventStore).build();
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    @Test
    void anAggregateIsRebuiltFromItsStoredStream() {
        createItemWithAdditions("item-1", 1, 2, 3, 4);

        Aggregate<TestItem> loaded = inUnitOfWork(() -> repository.load("item-1"));

        assertThat(loaded.version()).isEqualTo(4L);
        assertThat(loaded.invoke(TestItem::quantity)).isEqualTo(10);
        assertThat(engine.lastSequenceNumberFor("item-1")).contains(4L);
        assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
        assertThat(engine.readEvents("item-1", 3).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(3L, 4L);
    }

    @Test
    void aStreamLongerThanOneBatchIsReadWhole() {
        MongoEventStorageEngine smallBatches = TestStore.engine(EmbeddedMongo.client(), databaseName).batchSize(3).build();
        for (long sequence = 0; sequence < 10; sequence++) {
            smallBatches.appendEvents(TestStore.event("long-stream", sequence, new TestEvents.ItemAdded("long-stream", 1)));
        }

        assertThat(smallBatches.readEvents("long-stream").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void eachEventIsStoredUnderItsAggregateAndSequenceKey() {
        createItemWithAdditions("item-k", 1, 2);

        MongoCollection<Document> events = TestStore.database(databaseName)
                .getCollection(MongoEventStorageEngine.EVENTS_COLLECTION);
        assertThat(events.find(Filters.eq(AGGREGATE_IDENTIFIER, "item-k")).map(d -> d.getString(AGGREGATE_SEQUENCE)))
                .containsExactlyInAnyOrder("item-k#0", "item-k#1", "item-k#2");
        assertThat(engine.readEvents("no-such-item").asStream()).isEmpty();
    }

    @Test
    void eventsStoredBeforeTheKeysExistedAreStillRead() {
        MongoEventStorageEngine smallBatches = TestStore.engine(EmbeddedMongo.client(), databaseName).batchSize(3).build();
        for (long sequence = 0; sequence < 4; sequence++) {
            smallBatches.appendEvents(TestStore.event("old-item", sequence, new TestEvents.ItemAdded("old-item", 1)));
        }
        TestStore.database(databaseName).getCollection(MongoEventStorageEngine.EVENTS_COLLECTION)
                 .updateMany(Filters.lte(SEQUENCE_NUMBER, 1L), new Document("$unset", new Document(AGGREGATE_SEQUENCE, "")));
        for (long sequence = 4; sequence < 8; sequence++) {
            smallBatches.appendEvents(TestStore.event("old-item", sequence, new TestEvents.ItemAdded("old-item", 1)));
        }

        assertThat(smallBatches.readEvents("old-item").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(smallBatches.readEvents("old-item", 1).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void anAggregateIsRebuiltFromItsSnapshotAndTheEventsAfterIt() {
        createItemWithAdditions("item-2", 1, 2, 3, 4, 5);
        AggregateSnapshotter snapshotter = AggregateSnapshotter.builder()
                                                               .eventStore(eventStore)
                                                               .aggregateFactories(new GenericAggregateFactory<>(TestItem.class))
                                                               .build();
        snapshotter.scheduleSnapshot(TestItem.class, "item-2");
        inUnitOfWork(() -> {
            repository.load("item-2").execute(item -> item.add(7));
            return null;
        });
        // without the events the snapshot covers, only the snapshot can give the right state
        MongoCollection<Document> events = TestStore.database(databaseName).getCollection(MongoEventStorageEngine.EVENTS_COLLECTION);
        events.deleteMany(Filters.and(Filters.eq(AGGREGATE_IDENTIFIER, "item-2"), Filters.lte(SEQUENCE_NUMBER, 5L)));

        Aggregate<TestItem> loaded = inUnitOfWork(() -> repository.load("item-2"));

        assertThat(loaded.version()).isEqualTo(6L);
        assertThat(loaded.invoke(TestItem::quantity)).isEqualTo(22);
        DomainEventMessage<?> snapshot = engine.readSnapshot("item-2").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(5L);
        assertThat(snapshot.getPayload()).isInstanceOf(TestItem.class);
    }

    @Test
    void anOlderSnapshotNeverReplacesANewerOne() {
        engine.storeSnapshot(snapshotOf("item-3", 8, 80));
        engine.storeSnapshot(snapshotOf("item-3", 4, 40));

        assertThat(engine.readSnapshot("item-3").orElseThrow().getSequenceNumber()).isEqualTo(8L);

        engine.storeSnapshot(snapshotOf("item-3", 12, 120));
        assertThat(engine.readSnapshot("item-3").orElseThrow().getSequenceNumber()).isEqualTo(12L);
        assertThat(TestStore.database(databaseName).getCollection(MongoEventStorageEngine.SNAPSHOTS_COLLECTION)
                            .countDocuments()).isEqualTo(1L);
    }

    private DomainEventMessage<?> snapshotOf(String itemId, long sequence, int quantity) {
        TestItem state = new TestItem();
        state.on(new TestEvents.ItemAdded(itemId, quantity));
        return new GenericDomainEventMessage<>(TestStore.TYPE, itemId, sequence, state);
    }

    private void createItemWithAdditions(String itemId, int... amounts) {
        inUnitOfWork(() -> repository.newInstance(() -> new TestItem(itemId)));
        for (int amount : amounts) {
            inUnitOfWork(() -> {
                repository.load(itemId).execute(item -> item.add(amount));
                return null;
            });
        }
        assertThat(engine.readEvents(itemId).asStream().count()).isEqualTo(amounts.length + 1L);
    }

    private static <R> R inUnitOfWork(Callable<R> work) {
        ResultMessage<R> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(work);
        if (result.isExceptional()) {
            throw new AssertionError("unit of work failed", result.exceptionResult());
        }
        return result.getPayload();
    }
}
