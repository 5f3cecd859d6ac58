package org.lis.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCreationTest {

    private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void tailHeadAndTimedTokensStartReadersWhereTheySay() {
        MongoEventStorageEngine engine = TestStore.newEngine(EmbeddedMongo.freshDatabaseName("tokens"));
        assertThat(engine.createTailToken()).isEqualTo(GapAwareTrackingToken.newInstance(0, Set.of()));
        assertThat(engine.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(0, Set.of()));
        for (int hour = 0; hour < 4; hour++) {
            engine.appendEvents(TestStore.eventAt("timed", hour, new ItemAdded("timed", hour), MORNING.plusSeconds(3600L * hour)));
        }

        assertThat(identifiersAfter(engine, engine.createTailToken())).hasSize(4);
        assertThat(engine.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(4, Set.of()));
        assertThat(identifiersAfter(engine, engine.createHeadToken())).isEmpty();
        TrackingToken atTenThirty = engine.createTokenAt(MORNING.plusSeconds(5400));
        assertThat(TestStore.readAfter(engine, atTenThirty)).extracting(TrackedEventMessage::getTimestamp)
                                                            .containsExactly(MORNING.plusSeconds(7200), MORNING.plusSeconds(10800));
        assertThat(engine.createTokenAt(MORNING.plusSeconds(86400))).isEqualTo(engine.createHeadToken());
    }

    @Test
    @DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = "a real server may be a replica set")
    void theEmbeddedServerIsAppendedToWithoutTransactionsUnlessTheyAreAskedFor() {
        String databaseName = EmbeddedMongo.freshDatabaseName("transactions");
        // the embedded server is a standalone server: no transactions
        assertThat(TestStore.engine(EmbeddedMongo.client(), databaseName).build().usesTransactions()).isFalse();
        assertThat(TestStore.engine(EmbeddedMongo.client(), databaseName).transactionMode(TransactionMode.OFF).build()
                            .usesTransactions()).isFalse();
        assertThat(TestStore.engine(EmbeddedMongo.client(), databaseName).transactionMode(TransactionMode.ON).build()
                            .usesTransactions()).isTrue();
    }

    private static List<String> identifiersAfter(MongoEventStorageEngine engine, TrackingToken token) {
        return TestStore.readAfter(engine, token).stream().map(TrackedEventMessage::getIdentifier).toList();
    }
}
