package org.lis.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Follows the stream the way a processor does: reads after its last token, remembers what it saw. */
class TrackingReader {

    private final MongoEventStorageEngine engine;
    private final List<TrackedEventMessage<?>> seen = new ArrayList<>();
    private TrackingToken token;

    TrackingReader(MongoEventStorageEngine engine) {
        this.engine = engine;
    }

    /** Reads what is visible now; returns the number of new events. */
    synchronized int poll() {
        List<TrackedEventMessage<?>> read = TestStore.readAfter(engine, token);
        if (!read.isEmpty()) {
            seen.addAll(read);
            token = read.get(read.size() - 1).trackingToken();
        }
        return read.size();
    }

    synchronized List<TrackedEventMessage<?>> seen() {
        return List.copyOf(seen);
    }

    synchronized List<String> seenIdentifiers() {
        return seen.stream().map(TrackedEventMessage::getIdentifier).toList();
    }

    /**
     * The global index of each event seen: the token's new index, or, for an event that filled a gap, the gap the
     * token no longer holds (a filled gap leaves the token's index where it was).
     */
    synchronized List<Long> seenIndexes() {
        List<Long> indexes = new ArrayList<>();
        GapAwareTrackingToken previous = GapAwareTrackingToken.newInstance(0, Set.of());
        for (TrackedEventMessage<?> event : seen) {
            GapAwareTrackingToken current = (GapAwareTrackingToken) event.trackingToken();
            if (current.getIndex() > previous.getIndex()) {
                indexes.add(current.getIndex());
            } else {
                SortedSet<Long> filled = new TreeSet<>(previous.getGaps());
                filled.removeAll(current.getGaps());
                indexes.add(filled.first());
            }
            previous = current;
        }
        return indexes;
    }

    synchronized GapAwareTrackingToken token() {
        return (GapAwareTrackingToken) token;
    }
}
