package org.lis.eventstore;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TwoNodesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int EVENTS = 200;

    @Test
    void twoNodesOfOneProcessorSplitTheSegmentsAndHandleEveryEventOnce() {
        String databaseName = EmbeddedMongo.freshDatabaseName("two-nodes");
        Recorder onA = new Recorder();
        Recorder onB = new Recorder();
        try (MongoClient clientB = EmbeddedMongo.newClient();
             ProcessorNode nodeA = ProcessorNode.start("node-a", EmbeddedMongo.client(), databaseName, 2, onA)) {
            await().atMost(WAIT).until(() -> nodeA.claimedSegments() == 2);
            try (ProcessorNode nodeB = ProcessorNode.start("node-b", clientB, databaseName, 2, onB)) {
                await().atMost(WAIT).until(() -> nodeB.claimedSegments() == 2);

                nodeA.publish(IntStream.range(0, EVENTS)
                                       .mapToObj(i -> new GenericDomainEventMessage<>(TestStore.TYPE, "item-" + i, 0,
                                                                                       new ItemAdded("item-" + i, 1)))
                                       .toList());
                await().atMost(WAIT).until(() -> onA.handled.size() + onB.handled.size() >= EVENTS);

                List<String> all = new ArrayList<>(onA.handled);
                all.addAll(onB.handled);
                assertThat(all).hasSize(EVENTS).doesNotHaveDuplicates();
                assertThat(onA.handled).isNotEmpty();
                assertThat(onB.handled).isNotEmpty();
                Set<Integer> segmentsA = nodeA.processor().processingStatus().keySet();
                Set<Integer> segmentsB = nodeB.processor().processingStatus().keySet();
                assertThat(segmentsA).doesNotContainAnyElementsOf(segmentsB);
                Set<Integer> together = new HashSet<>(segmentsA);
                together.addAll(segmentsB);
                assertThat(together).containsExactlyInAnyOrder(0, 1, 2, 3);
            }
        }
    }

    /** Records which events a node handled. */
    static class Recorder {
        final List<String> handled = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(ItemAdded event) {
            handled.add(event.itemId());
        }
    }
}
