package org.lis.support.ops;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.List;

/**
 * The token store's entries of a processor as they stand, read without claiming them (unlike
 * {@code TokenStore.fetchToken}): which instance owns each segment and the token it last stored.
 */
class TokenEntries {

    /** One segment's stored entry; its token is null before the segment has handled anything. */
    record Entry(int segment, String owner, TrackingToken token) {
    }

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    TokenEntries(MongoCollection<Document> tokens, Serializer serializer) {
        this.tokens = tokens;
        this.serializer = serializer;
    }

    List<Entry> of(String processorName) {
        List<Entry> entries = new ArrayList<>();
        for (Document entry : tokens.find(Filters.eq("processorName", processorName)).sort(Sorts.ascending("segment"))) {
            entries.add(new Entry(entry.getInteger("segment"), entry.getString("owner"), token(entry)));
        }
        return entries;
    }

    private TrackingToken token(Document entry) {
        Object data = entry.get("token");
        if (data == null) {
            return null;
        }
        return deserialize(data instanceof Binary binary ? binary.getData() : data, entry);
    }

    private <T> TrackingToken deserialize(T data, Document entry) {
        @SuppressWarnings("unchecked")
        Class<T> contentType = (Class<T>) data.getClass();
        return new GenericTokenEntry<>(data, entry.getString("tokenType"), null, null,
                entry.getString("processorName"), entry.getInteger("segment"), contentType).getToken(serializer);
    }
}
