package org.lis.support.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.support.mongo.CollectionReset;

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
    private final ChangeLog changes;

    private BatchedCollection(MongoCollection<Document> documents, ChangeLog changes) {
        this.documents = documents;
        this.changes = changes;
    }

    public static BatchedCollection of(MongoCollection<Document> documents) {
        return new BatchedCollection(documents, null);
    }

    /** The named collection, with an ascending index on each field the queries filter by. */
    public static BatchedCollection of(MongoDatabase database, String name, String... indexedFields) {
        MongoCollection<Document> documents = database.getCollection(name);
        for (String field : indexedFields) {
            documents.createIndex(Indexes.ascending(field));
        }
        return of(documents);
    }

    /** The same collection, each write by id also noted in {@code changes} under the event that made it. */
    public BatchedCollection loggingTo(ChangeLog changes) {
        return new BatchedCollection(documents, changes);
    }

    /** The collection itself, for reads and for writes that must not wait (a reset). */
    public MongoCollection<Document> documents() {
        return documents;
    }

    public void updateOne(Bson filter, Bson update) {
        write(new UpdateOneModel<>(filter, update));
    }

    /** Applies the updates to the document with this id, creating it when there is none. */
    public void upsert(Object id, Bson... updates) {
        write(new UpdateOneModel<>(Filters.eq("_id", id), updates.length == 1 ? updates[0] : Updates.combine(updates),
                UPSERT));
        logged(id);
    }

    /**
     * Adds a document with this id and these fields unless the collection holds one with the id already: what an
     * upsert of {@code $setOnInsert} does, for far less of the server's work (the embedded server applies an upsert's
     * fields one by one), for the event that creates a document. A document already there (the event handled again)
     * is left as it is, and the writes after this one still go.
     */
    public void insertIfAbsent(Object id, Document fields) {
        Document document = new Document("_id", id);
        document.putAll(fields);
        write(new InsertOneModel<>(document), true);
        logged(id);
    }

    /** Stores the document in place of the one with the same id, if any. */
    public void put(Document document) {
        write(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, REPLACE_OR_INSERT));
        logged(document.get("_id"));
    }

    /** Empties the collection at once, as a projection's reset handler does before a replay. */
    public void clear() {
        CollectionReset.empty(documents);
    }

    public void deleteOne(Bson filter) {
        write(new DeleteOneModel<>(filter));
    }

    private void logged(Object id) {
        if (changes != null) {
            changes.written(documents.getNamespace().getCollectionName(), id);
        }
    }

    private void write(WriteModel<Document> write) {
        write(write, false);
    }

    /** {@code ifAbsent}: an insert that changes nothing when a document with its id is there already. */
    private void write(WriteModel<Document> write, boolean ifAbsent) {
        PendingWrites pending = PendingWrites.ofCurrentUnitOfWork();
        if (pending == null) {
            PendingWrites.send(documents, List.of(write), ifAbsent ? List.of(0) : List.of());
        } else {
            pending.add(documents, write, ifAbsent);
        }
    }
}
