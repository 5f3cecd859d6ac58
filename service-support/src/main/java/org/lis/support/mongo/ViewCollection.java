package org.lis.support.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A read model's collection as its projection writes it. Every write names its document by id and sets values
 * (an upsert or a whole replacement), so an event handled twice, after a crash or in a replay, changes nothing.
 */
public final class ViewCollection {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_OR_INSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> documents;

    private ViewCollection(MongoCollection<Document> documents) {
        this.documents = documents;
    }

    /** The named collection, with an ascending index on each field the queries filter by. */
    public static ViewCollection of(MongoDatabase database, String name, String... indexedFields) {
        MongoCollection<Document> documents = database.getCollection(name);
        for (String field : indexedFields) {
            documents.createIndex(Indexes.ascending(field));
        }
        return new ViewCollection(documents);
    }

    /** The collection itself, for reads and for writes that are not by id. */
    public MongoCollection<Document> documents() {
        return documents;
    }

    /** Applies the updates to the document with this id, creating it when there is none. */
    public void upsert(String id, Bson... updates) {
        documents.updateOne(Filters.eq("_id", id), Updates.combine(updates), UPSERT);
    }

    /** Stores the document in place of the one with the same id, if any. */
    public void put(Document document) {
        documents.replaceOne(Filters.eq("_id", document.get("_id")), document, REPLACE_OR_INSERT);
    }

    public void delete(String id) {
        documents.deleteOne(Filters.eq("_id", id));
    }

    /** Empties the collection, as a projection's reset handler does before a replay. */
    public void clear() {
        CollectionReset.empty(documents);
    }
}
