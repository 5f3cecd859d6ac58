package org.lis.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A pooled streaming processor on the notifying store, set to look for events on its own only every 30 s: what
 * reaches it sooner was brought by the store's wake-up, from an append here or from the head watcher.
 */
class NotifyingEventStoreIT {

    private static final String PROCESSOR = "wake-up";
    private static final long OWN_POLL_MILLIS = 30_000;
    /** Well inside the processor's own poll, and generous for a busy machine. */
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String databaseName = EmbeddedMongo.freshDatabaseName("notifying-store");
    private final MongoEventStorageEngine engine = TestStore.newEngine(databaseName);
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private Configuration configuration;

    @AfterEach
    void stop() {
        if (configuration != null) {
            configuration.shutdown();
        }
    }

    @Test
    void itsStreamsTakeTheProcessorsCallback() {
        NotifyingEventStore store = NotifyingEventStore.builder().storageEngine(engine).build();
        try (TrackingEventStream stream = store.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(() -> {
            })).isTrue();
        } finally {
            store.shutDown();
        }
    }

    @Test
    void aProcessorInTheSameJvmHandlesAnEventPublishedThroughTheStoreWithoutWaitingForItsPoll() {
        start();

        publish("here");

        await().atMost(WAIT).until(() -> handled.contains("here"));
    }

    @Test
    void anEventAppendedByAnotherProcessReachesTheProcessorThroughTheHeadWatcher() {
        start();

        // straight to the engine, as another process's store would: nothing in this JVM is told
        engine.appendEvents(TestStore.event("elsewhere", 0, new ItemAdded("elsewhere", 1)));

        await().atMost(WAIT).until(() -> handled.contains("elsewhere"));
    }

    @Test
    void eventsAppendedWhileTheProcessorWorksAreAllHandledInOrder() {
        start();

        for (int i = 0; i < 30; i++) {
            publish("item-" + i);
        }

        await().atMost(WAIT).until(() -> handled.size() >= 30);
        assertThat(handled).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 30).mapToObj(i -> "item-" + i).toList());
    }

    private void start() {
        DefaultConfigurer configurer = (DefaultConfigurer) DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> TestStore.serializer())
                .configureEventStore(c -> NotifyingEventStore.builder()
                                                             .storageEngine(engine)
                                                             .busyPoll(Duration.ofMillis(10))
                                                             .idlePoll(Duration.ofMillis(100))
                                                             .build());
        configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        PROCESSOR,
                        Configuration::eventStore,
                        (c, builder) -> builder.initialSegmentCount(1)
                                               .tokenClaimInterval(OWN_POLL_MILLIS)
                                               .claimExtensionThreshold(OWN_POLL_MILLIS)
                                               .initialToken(StreamableMessageSource::createTailToken))
                .registerTokenStore(PROCESSOR, c -> new InMemoryTokenStore())
                .registerEventHandler(c -> new Recorder())
                .assignHandlerInstancesMatching(PROCESSOR, handler -> true));
        configuration = configurer.start();
        PooledStreamingEventProcessor processor = configuration.eventProcessingConfiguration()
                .eventProcessor(PROCESSOR, PooledStreamingEventProcessor.class).orElseThrow();
        // its segment claimed, its stream opened and called back from then on: only a wake-up brings it events
        // before its own poll
        await().atMost(WAIT).until(() -> !processor.processingStatus().isEmpty());
    }

    private void publish(String id) {
        configuration.eventStore().publish(new GenericDomainEventMessage<>(TestStore.TYPE, id, 0, new ItemAdded(id, 1)));
    }

    class Recorder {
        @EventHandler
        void on(ItemAdded event, TrackedEventMessage<?> message) {
            handled.add(event.itemId());
        }
    }
}
