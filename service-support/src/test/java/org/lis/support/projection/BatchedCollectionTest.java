package org.lis.support.projection;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.localmongo.LocalMemoryBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchedCollectionTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> documents;
    private BatchedCollection batched;
    private final AtomicInteger updateCommands = new AtomicInteger();
    private final AtomicInteger insertCommands = new AtomicInteger();

    @BeforeEach
    void start() {
        server = new MongoServer(new LocalMemoryBackend());
        String uri = server.bindAndGetConnectionString();
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                switch (event.getCommandName()) {
                    case "update" -> updateCommands.incrementAndGet();
                    case "insert" -> insertCommands.incrementAndGet();
                    default -> { }
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri)).addCommandListener(counter).build());
        documents = client.getDatabase("test").getCollection("rows");
        batched = BatchedCollection.of(documents);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    /** Each event moves row "a" on to its number, once: what a projection's version guard does. */
    private void apply(EventMessage<?> event) {
        long seq = (Integer) event.getPayload();
        batched.upsert("a", Updates.setOnInsert("version", 0L));
        batched.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.lt("version", seq)),
                Updates.combine(Updates.set("version", seq), Updates.push("seen", seq)));
    }

    private static List<EventMessage<?>> events(int... numbers) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int n : numbers) {
            events.add(GenericEventMessage.asEventMessage(n));
        }
        return events;
    }

    /** Runs the events through a batch as a pooled processor does, storing a "token" when it prepares to commit. */
    private boolean process(List<EventMessage<?>> events, Consumer<EventMessage<?>> handler, Runnable storeToken) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.onPrepareCommit(u -> storeToken.run());
        FlushAtBatchEnd flush = new FlushAtBatchEnd();
        unitOfWork.executeWithResult(() -> flush.handle(unitOfWork, () -> {
            handler.accept(unitOfWork.getMessage());
            return null;
        }), RollbackConfigurationType.ANY_THROWABLE);
        return unitOfWork.isRolledBack();
    }

    private Document row() {
        return documents.find(Filters.eq("_id", "a")).first();
    }

    @Test
    void writesOfABatchReachTheDatabaseInOneCommandInOrderBeforeTheTokenIsStored() {
        List<Long> seenWhenTokenStored = new ArrayList<>();
        List<Integer> commandsWhileHandling = new ArrayList<>();
        boolean rolledBack = process(events(1, 2, 3), event -> {
            apply(event);
            commandsWhileHandling.add(updateCommands.get());
        }, () -> seenWhenTokenStored.addAll(row().getList("seen", Long.class)));

        assertThat(rolledBack).isFalse();
        assertThat(commandsWhileHandling).containsExactly(0, 0, 0);
        assertThat(updateCommands).hasValue(1);
        assertThat(seenWhenTokenStored).containsExactly(1L, 2L, 3L);
        assertThat(row().getLong("version")).isEqualTo(3L);
    }

    @Test
    void aFailedBatchWritesNothingAndStoresNoToken() {
        AtomicInteger tokensStored = new AtomicInteger();
        boolean rolledBack = process(events(1, 2, 3), event -> {
            apply(event);
            if ((Integer) event.getPayload() == 3) {
                throw new IllegalStateException("handler fails");
            }
        }, tokensStored::incrementAndGet);

        assertThat(rolledBack).isTrue();
        assertThat(updateCommands).hasValue(0);
        assertThat(tokensStored).hasValue(0);
        assertThat(row()).isNull();
    }

    @Test
    void aWriteTheDatabaseRefusesFailsTheBatchBeforeTheTokenIsStored() {
        AtomicInteger tokensStored = new AtomicInteger();
        boolean rolledBack = process(events(1), event ->
                batched.upsert("a", new Document("$nonsense", new Document("version", 1))), tokensStored::incrementAndGet);

        assertThat(rolledBack).isTrue();
        assertThat(tokensStored).hasValue(0);
    }

    @Test
    void eventsHandledAgainAfterAFailureOrTwiceLeaveTheSameRow() {
        process(events(1, 2), event -> {
            apply(event);
            if ((Integer) event.getPayload() == 2) {
                throw new IllegalStateException("handler fails");
            }
        }, () -> { });
        process(events(1, 2), this::apply, () -> { });
        process(events(1, 2), this::apply, () -> { });

        assertThat(row().getLong("version")).isEqualTo(2L);
        assertThat(row().getList("seen", Long.class)).containsExactly(1L, 2L);
    }

    @Test
    void outsideAUnitOfWorkAWriteIsSentAtOnce() {
        batched.upsert("a", Updates.set("version", 7L));

        assertThat(updateCommands).hasValue(1);
        assertThat(row().getLong("version")).isEqualTo(7L);
    }

    /** The creating event inserts; a redelivered one finds its document and leaves it; the writes after it go on. */
    private void create(EventMessage<?> event) {
        long seq = (Integer) event.getPayload();
        if (seq == 0) {
            batched.insertIfAbsent("a", new Document("version", 0L).append("seen", List.of(0L)));
        } else {
            batched.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.lt("version", seq)),
                    Updates.combine(Updates.set("version", seq), Updates.push("seen", seq)));
        }
    }

    @Test
    void aCreatingEventHandledAgainLeavesItsDocumentAndTheWritesAfterItStillGo() {
        process(events(0, 1, 2), this::create, () -> { });
        insertCommands.set(0);
        boolean rolledBack = process(events(0, 1, 2, 3), this::create, () -> { });

        assertThat(rolledBack).isFalse();
        assertThat(row().getLong("version")).isEqualTo(3L);
        assertThat(row().getList("seen", Long.class)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(insertCommands).as("the insert once, then the writes after it").hasValue(1);
        assertThat(updateCommands).hasValue(2);
    }

    @Test
    void twoCreatingEventsForOneDocumentInABatchKeepTheFirst() {
        boolean rolledBack = process(events(1, 2), event -> {
            batched.insertIfAbsent("a", new Document("version", ((Integer) event.getPayload()).longValue()));
            batched.insertIfAbsent("b", new Document("version", 0L));
        }, () -> { });

        assertThat(rolledBack).isFalse();
        assertThat(row().getLong("version")).isEqualTo(1L);
        assertThat(documents.countDocuments()).isEqualTo(2);
    }

    @Test
    void anInsertRefusedByAnotherUniqueIndexFailsTheBatch() {
        documents.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
        documents.insertOne(new Document("_id", "x").append("name", "Taken"));
        AtomicInteger tokensStored = new AtomicInteger();

        boolean rolledBack = process(events(1), event ->
                batched.insertIfAbsent("a", new Document("name", "Taken")), tokensStored::incrementAndGet);

        assertThat(rolledBack).isTrue();
        assertThat(tokensStored).hasValue(0);
        assertThat(row()).isNull();
    }

    @Test
    void outsideAUnitOfWorkAnInsertIfAbsentIsSentAtOnceAndLeavesADocumentThere() {
        batched.insertIfAbsent("a", new Document("version", 1L));
        batched.insertIfAbsent("a", new Document("version", 2L));

        assertThat(row().getLong("version")).isEqualTo(1L);
        documents.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
        batched.insertIfAbsent("b", new Document("name", "Taken"));
        assertThatThrownBy(() -> batched.insertIfAbsent("c", new Document("name", "Taken")))
                .isInstanceOf(MongoBulkWriteException.class);
    }
}
