package org.lis.eventstore;

import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aResetReplaysTheWholeStreamSkippingHandlersThatDisallowReplayAndTokensStaySmall() {
        String databaseName = EmbeddedMongo.freshDatabaseName("replay");
        Projection projection = new Projection();
        Notifier notifier = new Notifier();
        try (ProcessorNode node = ProcessorNode.start("node-1", EmbeddedMongo.client(), databaseName, 4, projection, notifier)) {
            PooledStreamingEventProcessor processor = node.processor();
            node.publish(events(0, 20));
            await().atMost(WAIT).until(() -> projection.handled.size() == 20 && notifier.notified.size() == 20);
            processor.shutDown();
            int tokenSizeAfter20 = storedTokens(databaseName).stream().mapToInt(StoredToken::bytes).max().orElseThrow();

            processor.start();
            node.publish(events(20, 320));
            await().atMost(WAIT).until(() -> projection.handled.size() == 320 && notifier.notified.size() == 320);
            processor.shutDown();
            List<StoredToken> after320 = storedTokens(databaseName);
            assertThat(after320).hasSize(4).allSatisfy(token -> {
                assertThat(token.token()).isInstanceOf(GapAwareTrackingToken.class);
                assertThat(((GapAwareTrackingToken) token.token()).getGaps()).isEmpty();
                // one more digit in the index is all that 300 more events add
                assertThat(token.bytes()).isLessThanOrEqualTo(tokenSizeAfter20 + 1);
            });
            assertThat(projection.replayed).isEmpty();

            processor.resetTokens();
            assertThat(storedTokens(databaseName)).allSatisfy(token -> assertThat(token.token()).isInstanceOf(ReplayToken.class));
            processor.start();
            await().atMost(WAIT).untilAsserted(() -> assertThat(projection.handled).hasSize(320));
            assertThat(projection.resets).hasSize(1);
            assertThat(projection.replayed).hasSize(320);
            assertThat(projection.handled).containsExactlyInAnyOrderElementsOf(itemIds(0, 320));
            assertThat(notifier.notified).as("not called again during the replay").hasSize(320);

            // the replay ends past the position of the reset: new events are live again, for both handlers
            node.publish(events(320, 325));
            await().atMost(WAIT).until(() -> projection.handled.size() == 325 && notifier.notified.size() == 325);
            assertThat(projection.replayed).hasSize(320);
            await().atMost(WAIT).until(() -> processor.processingStatus().size() == 4
                    && processor.processingStatus().values().stream().noneMatch(status -> status.isReplaying()));
        }
    }

    private static List<ItemAddedMessage> events(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new ItemAddedMessage("item-" + i)).toList();
    }

    private static List<String> itemIds(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "item-" + i).toList();
    }

    private static List<StoredToken> storedTokens(String databaseName) {
        List<StoredToken> tokens = new ArrayList<>();
        for (Document document : TestStore.database(databaseName).getCollection("trackingtokens").find()) {
            byte[] bytes = document.get("token", Binary.class).getData();
            TrackingToken token = TestStore.serializer().deserialize(
                    new SimpleSerializedObject<>(bytes, byte[].class, document.getString("tokenType"), null));
            tokens.add(new StoredToken(token, bytes.length));
        }
        return tokens;
    }

    private record StoredToken(TrackingToken token, int bytes) {
    }

    /** Each event of its own aggregate, as a first event. */
    private static final class ItemAddedMessage extends org.axonframework.eventhandling.GenericDomainEventMessage<ItemAdded> {
        ItemAddedMessage(String itemId) {
            super(TestStore.TYPE, itemId, 0, new ItemAdded(itemId, 1));
        }
    }

    /** A read model: rebuilt by replay. */
    static class Projection {
        final List<String> handled = new CopyOnWriteArrayList<>();
        final List<String> replayed = new CopyOnWriteArrayList<>();
        final List<String> resets = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(ItemAdded event, ReplayStatus status) {
            handled.add(event.itemId());
            if (status.isReplay()) {
                replayed.add(event.itemId());
            }
        }

        @ResetHandler
        void reset() {
            handled.clear();
            resets.add("reset");
        }
    }

    /** A side effect (say, an e-mail) that must not happen again when history is replayed. */
    @DisallowReplay
    static class Notifier {
        final List<String> notified = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(ItemAdded event) {
            notified.add(event.itemId());
        }
    }
}
