package org.lis.support.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;

/**
 * A read model's collection whose writes, made by an event handler in a processor's unit of work, wait and reach the
 * database together when the processor's batch of events is done ({@link FlushAtBatchEnd}): one round trip a
 * collection for up to the batch size of events instead of one an event, which is what makes a replay fast. Outside a
 * unit of work (a reset handler, a unit test calling a handler) a write is sent at once.
 * <p>
 * The writes keep their order and are not sent at all when the batch fails, so the processor handles the events again
 * from its stored token: they must be idempotent, as every projection's writes are. A handler that reads the
 * collection does not see the writes of its own batch that are still waiting; projections that read what they wrote
 * keep writing straight to the collection.
 */
public final class BatchedCollection {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_OR_INSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> documents;

    private BatchedCollection(MongoCollection<Document> documents) {
        this.documents = documents;
    }

    public static BatchedCollection of(MongoCollection<Document> documents) {
        return new BatchedCollection(documents);
    }

    /** The collection itself, for reads and for writes that must not wait (a reset). */
    public MongoCollection<Document> documents() {
        return documents;
    }

    public void updateOne(Bson filter, Bson update) {
        write(new UpdateOneModel<>(filter, update));
    }

    /** Applies the update to the document with this id, creating it when there is none. */
    public void upsert(Object id, Bson update) {
        write(new UpdateOneModel<>(Filters.eq("_id", id), update, UPSERT));
    }

    /** Stores the document in place of the one with the same id, if any. */
    public void put(Document document) {
        write(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, REPLACE_OR_INSERT));
    }

    public void deleteOne(Bson filter) {
        write(new DeleteOneModel<>(filter));
    }

    private void write(WriteModel<Document> write) {
        PendingWrites pending = PendingWrites.ofCurrentUnitOfWork();
        if (pending == null) {
            documents.bulkWrite(List.of(write));
        } else {
            pending.add(documents, write);
        }
    }
}
