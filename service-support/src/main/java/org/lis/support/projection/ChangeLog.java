package org.lis.support.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
 */
public final class ChangeLog {

    static final String CHANGES = "changes";

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

    /** The documents changed by the events after {@code afterIndex} up to {@code upToIndex}, in no order. */
    public List<Change> between(long afterIndex, long upToIndex) {
        if (upToIndex <= afterIndex) {
            return List.of();
        }
        List<Long> indexes = LongStream.rangeClosed(afterIndex + 1, upToIndex).boxed().toList();
        List<Change> changes = new ArrayList<>();
        for (Document entry : entries.find(Filters.in("_id", indexes))) {
            for (Document change : entry.getList(CHANGES, Document.class, List.of())) {
                changes.add(new Change(change.getString("c"), change.get("id")));
            }
        }
        return changes;
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
