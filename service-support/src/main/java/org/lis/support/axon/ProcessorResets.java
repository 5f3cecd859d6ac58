package org.lis.support.axon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * How many times each processor's tokens have been reset for a replay, kept in the database beside its tokens so that
 * every instance sees it. A read model held in memory compares the count to know that the collections it holds were
 * rebuilt: the positions going back shows a replay in progress, but a replay that ran whole between two reads leaves
 * them where they were.
 */
public final class ProcessorResets {

    public static final String COLLECTION = "processor_resets";
    private static final String RESETS = "resets";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> resets;

    public ProcessorResets(MongoDatabase database) {
        this.resets = database.getCollection(COLLECTION);
    }

    /** The resets of the processor so far; 0 when it has never been reset. */
    public long of(String processorName) {
        Document counted = resets.find(Filters.eq("_id", processorName)).first();
        return counted == null ? 0 : ((Number) counted.get(RESETS)).longValue();
    }

    /** Counts one more reset, once the processor's tokens are reset and before it starts replaying. */
    public void counted(String processorName) {
        resets.updateOne(Filters.eq("_id", processorName), Updates.inc(RESETS, 1L), UPSERT);
    }
}
