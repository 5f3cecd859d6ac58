package org.lis.support.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Empties a read model's collection before a replay by dropping it and creating its indexes again, which MongoDB
 * recommends over deleting every document: a delete removes the documents one by one from each index (the embedded
 * server also encodes each one again to keep its size count), about a second at 100,000 documents, where a drop
 * takes a few milliseconds. A collection whose indexes have options not carried over here is emptied by a delete, so
 * no index comes back different.
 * <p>
 * A reader whose query is running at the moment of the drop may get an error from MongoDB instead of the empty
 * answer a delete would give it; a replay is an operator's act, and what anyone reads during it is incomplete anyway.
 */
public final class CollectionReset {

    /** What {@code listIndexes} reports of an index that {@link #options} carries over. */
    private static final Set<String> CARRIED = Set.of("v", "key", "name", "ns", "unique", "sparse",
            "expireAfterSeconds", "partialFilterExpression");

    private CollectionReset() {
    }

    public static void empty(MongoCollection<Document> collection) {
        List<Document> indexes = collection.listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> !"_id_".equals(index.getString("name")))
                .toList();
        if (!indexes.stream().allMatch(CollectionReset::carriesOver)) {
            collection.deleteMany(new Document());
            return;
        }
        collection.drop();
        for (Document index : indexes) {
            collection.createIndex(index.get("key", Document.class), options(index));
        }
    }

    /** Whether the index, as {@code listIndexes} describes it, can be created again the same from here. */
    static boolean carriesOver(Document index) {
        return CARRIED.containsAll(index.keySet());
    }

    private static IndexOptions options(Document index) {
        IndexOptions options = new IndexOptions().name(index.getString("name"))
                .unique(Boolean.TRUE.equals(index.get("unique")))
                .sparse(Boolean.TRUE.equals(index.get("sparse")));
        if (index.get("expireAfterSeconds") instanceof Number seconds) {
            options.expireAfter(seconds.longValue(), TimeUnit.SECONDS);
        }
        if (index.get("partialFilterExpression") instanceof Bson filter) {
            options.partialFilterExpression(filter);
        }
        return options;
    }
}
