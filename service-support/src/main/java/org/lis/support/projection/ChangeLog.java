package org.lis.support.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.lis.support.mongo.CollectionReset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;

/**
 * Which documents of a read model each event changed, keyed by the event's global index: a reader that holds the
 * read model in memory reads, by index (the key, so even the embedded server finds them without scanning), only
 * what changed since the position it last read at, instead of the whole read model.
 *
 * <p>An entry is written with the documents, through the unit of work's waiting writes ({@link BatchedCollection}),
 * which reach the database before the processor stores its token: once a segment's position is past an index, that
 * index's entries are all there. Writes made outside event processing (tests calling handlers directly) are not
 * logged, nor are a replay's: a replay rebuilds the read model from empty, so a held copy reads it whole until the
 * replay is over ({@link org.lis.support.fresh.HeldReadModel}), and a log entry for each replayed event (one more
 * document written, encoded, decoded and kept in the heap for each event) would be read by nobody.
 *
 * <p>Entries no held copy can need any more are pruned ({@link #pruneThrough}); a note of how far ({@code _id} -1,
 * below every index) tells a reader whose last read is older that it must read the read model whole.
 */
public final class ChangeLog {

    static final String CHANGES = "changes";
    /** The note of how far the log has been pruned: an {@code _id} below every event's index. */
    private static final long PRUNED = -1;
    private static final String THROUGH = "through";
    private static final String DELETED = "deletedThrough";
    private static final int PRUNED_A_REQUEST = 1_000;

    private final MongoCollection<Document> entries;
    private final BatchedCollection batched;

    private ChangeLog(MongoCollection<Document> entries) {
        this.entries = entries;
        this.batched = BatchedCollection.of(entries);
    }

    public static ChangeLog of(MongoDatabase database, String name) {
        return new ChangeLog(database.getCollection(name));
    }

    /** A document of {@code collection} written (or deleted) by the event being handled, if any. */
    public void written(String collection, Object id) {
        OptionalLong index = currentEventIndex();
        if (index.isPresent()) {
            batched.upsert(index.getAsLong(),
                    Updates.addToSet(CHANGES, new Document("c", collection).append("id", id)));
        }
    }

    /**
     * The one document the event being handled changed, in a log nothing else writes: the event's entry is inserted
     * whole instead of merged into one another handler may have begun (an upsert, which the embedded server applies
     * field by field, at about twice an insert's cost in a replay). Handled again, the event finds its entry there
     * and leaves it as it is.
     */
    public void writtenAlone(String collection, Object id) {
        OptionalLong index = currentEventIndex();
        if (index.isPresent()) {
            batched.insertIfAbsent(index.getAsLong(),
                    new Document(CHANGES, List.of(new Document("c", collection).append("id", id))));
        }
    }

    /**
     * The documents changed by the events after {@code afterIndex} up to {@code upToIndex}, in no order; empty when
     * entries after {@code afterIndex} may have been pruned. The note of pruning is read after the entries, and a
     * pruning writes it before it deletes: an entry gone before the entries were read shows in the note.
     */
    public Optional<List<Change>> between(long afterIndex, long upToIndex) {
        if (upToIndex <= afterIndex) {
            return Optional.of(List.of());
        }
        List<Long> indexes = LongStream.rangeClosed(afterIndex + 1, upToIndex).boxed().toList();
        List<Change> changes = new ArrayList<>();
        for (Document entry : entries.find(Filters.in("_id", indexes))) {
            for (Document change : entry.getList(CHANGES, Document.class, List.of())) {
                changes.add(new Change(change.getString("c"), change.get("id")));
            }
        }
        return prunedThrough() > afterIndex ? Optional.empty() : Optional.of(changes);
    }

    /** The highest index whose entries may have been pruned; -1 when none has. */
    public long prunedThrough() {
        Document note = entries.find(Filters.eq("_id", PRUNED)).first();
        return note == null ? -1 : note.get(THROUGH, Number.class).longValue();
    }

    /**
     * Deletes the entries of the events up to {@code index}, noting first that they may be gone (the note never goes
     * back, so two instances pruning at once leave the higher one). Entries are deleted by their indexes, a thousand
     * a request, from where the last pruning finished: the embedded server finds an index by its key, but would read
     * the whole log for a range of them.
     *
     * @return how many entries were deleted
     */
    public long pruneThrough(long index) {
        if (index < 0) {
            return 0;
        }
        Document note = entries.find(Filters.eq("_id", PRUNED)).first();
        long from = note == null || note.get(DELETED) == null ? 0 : note.get(DELETED, Number.class).longValue() + 1;
        entries.updateOne(Filters.eq("_id", PRUNED), Updates.max(THROUGH, index), new UpdateOptions().upsert(true));
        long deleted = 0;
        for (long first = from; first <= index; first += PRUNED_A_REQUEST) {
            List<Long> indexes = LongStream.rangeClosed(first, Math.min(index, first + PRUNED_A_REQUEST - 1))
                    .boxed().toList();
            deleted += entries.deleteMany(Filters.in("_id", indexes)).getDeletedCount();
        }
        // only now: a pruning that failed half way is taken up again from where this one began
        entries.updateOne(Filters.eq("_id", PRUNED), Updates.max(DELETED, index));
        return deleted;
    }

    /** Empties the log, as the projections' reset handlers do before a replay writes it again. */
    public void clear() {
        CollectionReset.empty(entries);
    }

    private static OptionalLong currentEventIndex() {
        if (!CurrentUnitOfWork.isStarted()) {
            return OptionalLong.empty();
        }
        Message<?> message = CurrentUnitOfWork.get().getMessage();
        // a replayed event is not logged (see above)
        if (message instanceof TrackedEventMessage<?> tracked && !ReplayToken.isReplay(tracked)) {
            return WrappedToken.unwrap(tracked.trackingToken(), GapAwareTrackingToken.class)
                    .map(token -> OptionalLong.of(token.getIndex())).orElse(OptionalLong.empty());
        }
        return OptionalLong.empty();
    }

    /** A document of {@code collection}, by its {@code _id}. */
    public record Change(String collection, Object id) {
    }
}
