package org.lis.support.projection;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedCollectionTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> documents;
    private BatchedCollection batched;
    private final AtomicInteger updateCommands = new AtomicInteger();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString();
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("update")) {
                    updateCommands.incrementAndGet();
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
}
