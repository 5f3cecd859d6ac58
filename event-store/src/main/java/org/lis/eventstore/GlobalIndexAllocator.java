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
        Document counter;
        try {
            counter = increment(count);
        } catch (MongoCommandException e) {
            if (ErrorCategory.fromErrorCode(e.getErrorCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // two first-ever reservations raced to create the counter; the other one created it
            counter = increment(count);
        }
        long last = ((Number) counter.get(NEXT)).longValue();
        return last - count + 1;
    }

    private Document increment(int count) {
        return counters.findOneAndUpdate(Filters.eq("_id", COUNTER_ID),
                                         Updates.inc(NEXT, (long) count),
                                         new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    /**
     * The highest index handed out so far (0 when none): events up to it are stored, in flight, or lost.
     */
    long highestReserved() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? 0L : ((Number) counter.get(NEXT)).longValue();
    }
}
