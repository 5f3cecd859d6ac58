package org.lis.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out global indexes from one counter document ({@code {_id: "domainevents", next: N}}, N the last index
 * handed out). A range is reserved with one atomic {@code $inc}, so concurrent writers never share an index; an
 * insert that fails after its reservation leaves a gap that tracking readers wait for until the gap timeout.
 *
 * <p>The reservation asks for the counter as it was before the increment. The embedded mongo-java-server answers
 * "after" with the stored document itself, which the next writer's increment may change before the reply is
 * sent, so two writers were told the same value and an index between them was never used: on the local stack
 * one index in seven became a gap that every reader then looked up at each read for a minute. "Before" is a copy
 * taken under the collection's lock, and means the same on MongoDB.
 */
class GlobalIndexAllocator {

    static final String COUNTER_ID = "domainevents";
    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;

    GlobalIndexAllocator(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    /**
     * Reserves {@code count} consecutive indexes and returns the first; the first index ever handed out is 1.
     */
    long reserve(int count) {
        Document before;
        try {
            before = increment(count);
        } catch (MongoCommandException e) {
            if (ErrorCategory.fromErrorCode(e.getErrorCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // two first-ever reservations raced to create the counter; the other one created it
            before = increment(count);
        }
        // no counter before: this reservation created it
        long lastBefore = before == null ? 0L : ((Number) before.get(NEXT)).longValue();
        return lastBefore + 1;
    }

    private Document increment(int count) {
        return counters.findOneAndUpdate(Filters.eq("_id", COUNTER_ID),
                                         Updates.inc(NEXT, (long) count),
                                         new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    }

    /**
     * The highest index handed out so far (0 when none): events up to it are stored, in flight, or lost.
     */
    long highestReserved() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? 0L : ((Number) counter.get(NEXT)).longValue();
    }
}
