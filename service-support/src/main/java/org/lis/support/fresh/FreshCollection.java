package org.lis.support.fresh;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

/**
 * A read-model collection bound to the processing group that writes it, so that a look-up of one document waits
 * for the right group when it finds nothing (see {@link FreshReads}). Lists and counts are read as they stand.
 */
public final class FreshCollection {

    private final MongoCollection<Document> collection;
    private final String processingGroup;
    private final FreshReads fresh;

    FreshCollection(MongoCollection<Document> collection, String processingGroup, FreshReads fresh) {
        this.collection = collection;
        this.processingGroup = processingGroup;
        this.fresh = fresh;
    }

    /** The collection itself, for lists and counts. */
    public MongoCollection<Document> documents() {
        return collection;
    }

    /** The first document the filter matches; empty when there is none once the group has caught up. */
    public Mono<Document> first(Bson filter) {
        return fresh.read(processingGroup, () -> Mono.from(collection.find(filter).first()));
    }

    /** The document with that {@code _id}; empty when there is none once the group has caught up. */
    public Mono<Document> byId(String id) {
        return first(Filters.eq("_id", id));
    }
}
