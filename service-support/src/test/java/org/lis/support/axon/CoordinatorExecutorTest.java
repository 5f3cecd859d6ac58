package org.lis.support.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pins {@link CoordinatorExecutor} to how the Axon in use asks for its waits. */
class CoordinatorExecutorTest {

    private static final int EVENTS = 3_000;

    private final CoordinatorExecutor coordinator = new CoordinatorExecutor("test", Duration.ofMillis(10));
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
    private PooledStreamingEventProcessor processor;

    @AfterEach
    void stop() {
        if (processor != null) {
            processor.shutDown();
        }
        coordinator.shutdownNow();
        workers.shutdownNow();
    }

    @Test
    void aFullQueuesWaitIsShortenedAndEveryEventIsStillHandled() {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(GenericEventMessage.asEventMessage("event " + i));
        }
        store.publish(events);
        // the handler holds its first event until the coordinator has filled the queue and waited for room
        CountDownLatch queueFull = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        EventMessageHandler handler = event -> {
            queueFull.await(10, TimeUnit.SECONDS);
            handled.incrementAndGet();
            return null;
        };
        processor = PooledStreamingEventProcessor.builder()
                .name("test")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.instance())
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(1)
                .batchSize(100)
                .build();

        processor.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> coordinator.shortenedWaits() > 0);
        queueFull.countDown();

        await().atMost(Duration.ofSeconds(20)).until(() -> handled.get() == EVENTS);
    }

    @Test
    void anyOtherWaitStaysAsAsked() throws Exception {
        ScheduledFuture<?> hundred = coordinator.schedule(() -> { }, 100, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> longer = coordinator.schedule(() -> { }, 500, TimeUnit.MILLISECONDS);

        assertThat(hundred.getDelay(TimeUnit.MILLISECONDS)).isBetween(50L, 100L);
        assertThat(longer.getDelay(TimeUnit.MILLISECONDS)).isBetween(450L, 500L);
        assertThat(coordinator.shortenedWaits()).isZero();
    }

    @Test
    void aWaitMustBePositive() {
        assertThat(catchThrowable(() -> new LisAxonProperties(
                null, null, null, Duration.ZERO, null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lis.axon.full-queue-wait");
    }
}
