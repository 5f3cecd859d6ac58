package org.lis.support.fresh;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lis.support.projection.ChangeLog;
import org.lis.support.test.DatabaseTestBase;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A change log keeps what a held copy can still catch up from, and says when it no longer has the rest. */
class ChangeLogPruningTest extends DatabaseTestBase {

    private static final String GROUP = "rows";

    private final ChangeLog log = ChangeLog.of(database, "rows_changes");
    private final FreshReads fresh = mock(FreshReads.class);
    private final ChangeLogPruning pruning = new ChangeLogPruning(fresh, GROUP, log, 3);

    @AfterEach
    void stop() {
        pruning.close();
    }

    @Test
    void entriesMoreThanTheCatchUpBehindTheFurthestSegmentArePrunedAndTheRestKept() {
        logRows(1, 8);
        at(segment(6), segment(8));

        assertThat(pruning.prune()).isEqualTo(5);

        assertThat(log.prunedThrough()).isEqualTo(5);
        assertLogged(log.between(5, 8), 6, 8);
        assertThat(pruning.prune()).as("nothing more to prune at the same positions").isZero();
    }

    @Test
    void aReaderWhoseLastReadIsOlderThanThePruningIsToldTheLogIsIncomplete() {
        logRows(1, 8);
        at(segment(8));
        pruning.prune();

        assertThat(log.between(4, 8)).as("entry 5 is gone").isEmpty();
    }

    @Test
    void nothingIsPrunedWhileTheGroupReplaysNorBeforeItIsPastTheCatchUp() {
        logRows(1, 8);
        at(ReplayToken.createReplayToken(segment(8), segment(2)));
        assertThat(pruning.prune()).isZero();

        at(segment(2));
        assertThat(pruning.prune()).isZero();

        when(fresh.watermark(GROUP)).thenReturn(null);
        assertThat(pruning.prune()).isZero();
        assertThat(log.prunedThrough()).isEqualTo(-1);
        assertLogged(log.between(0, 8), 1, 8);
    }

    @Test
    void theNoteOfPruningNeverGoesBackAndAResetEmptiesItWithTheLog() {
        logRows(1, 8);
        log.pruneThrough(6);
        log.pruneThrough(4);
        assertThat(log.prunedThrough()).isEqualTo(6);
        assertLogged(log.between(6, 8), 7, 8);

        log.clear();

        assertThat(log.prunedThrough()).isEqualTo(-1);
        assertThat(log.between(0, 8)).hasValue(List.of());
    }

    @Test
    void aPruningThatStoppedHalfWayIsTakenUpAgainByTheNext() {
        logRows(1, 8);
        // what a pruning leaves when it fails after its note: the note, and the entries it meant to delete
        database.getCollection("rows_changes").updateOne(Filters.eq("_id", -1L), Updates.set("through", 6L),
                new UpdateOptions().upsert(true));

        assertThat(log.pruneThrough(7)).isEqualTo(7);
        assertLogged(log.between(7, 8), 8, 8);
    }

    @Test
    void startedItPrunesOnItsOwn() {
        logRows(1, 8);
        at(segment(8));

        pruning.start(Duration.ofMillis(20));

        await().atMost(Duration.ofSeconds(10)).until(() -> log.prunedThrough() == 5);
        assertLogged(log.between(5, 8), 6, 8);
    }

    @Test
    void refusesANegativeCatchUpOrAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new ChangeLogPruning(fresh, GROUP, log, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pruning.start(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    /** An entry for each index from {@code first} to {@code last}, naming row r-{index}, as event handling writes. */
    private void logRows(long first, long last) {
        for (long index = first; index <= last; index++) {
            var message = new GenericTrackedEventMessage<>(segment(index), GenericEventMessage.asEventMessage("event"));
            String id = "r-" + index;
            DefaultUnitOfWork.startAndGet(message).execute(() -> log.writtenAlone("rows", id));
        }
    }

    /** The rows from {@code first} to {@code last}, in any order. */
    private static void assertLogged(Optional<List<ChangeLog.Change>> changes, long first, long last) {
        assertThat(changes).hasValueSatisfying(changed -> assertThat(changed).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(first, last).mapToObj(index -> new ChangeLog.Change("rows", "r-" + index))
                        .toList()));
    }

    private static GapAwareTrackingToken segment(long index) {
        return GapAwareTrackingToken.newInstance(index, Set.of());
    }

    private void at(TrackingToken... segments) {
        when(fresh.watermark(GROUP)).thenReturn(Watermark.of(List.of(segments), 0));
    }
}
