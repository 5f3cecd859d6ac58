package org.lis.support.axon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The token store's entries of a processor as they stand, read without claiming them (unlike
 * {@code TokenStore.fetchToken}): which instance owns each segment and the token it last stored. What the
 * operations listing shows and where read-your-writes and the held read models take a processor's position from.
 */
public final class TokenEntries {

    /** One segment's stored entry, its token still serialised (read only when asked for). */
    public record Entry(int segment, String owner, Document stored) {
    }

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    public TokenEntries(MongoCollection<Document> tokens, Serializer serializer) {
        this.tokens = tokens;
        this.serializer = serializer;
    }

    /** The processor's entries, by segment. */
    public List<Entry> of(String processorName) {
        List<Entry> entries = new ArrayList<>();
        for (Document entry : tokens.find(Filters.eq("processorName", processorName)).sort(Sorts.ascending("segment"))) {
            entries.add(new Entry(entry.getInteger("segment"), entry.getString("owner"), entry));
        }
        return entries;
    }

    /**
     * The segment's token as this instance's processor reports it ({@code local}, by segment) when it runs the
     * segment and has one, as last stored otherwise; null before the segment has handled anything.
     */
    public TrackingToken current(Entry entry, Map<Integer, EventTrackerStatus> local) {
        EventTrackerStatus status = local.get(entry.segment());
        return status != null && status.getTrackingToken() != null ? status.getTrackingToken() : stored(entry);
    }

    /** The token last stored for the segment; null before the segment has handled anything. */
    public TrackingToken stored(Entry entry) {
        Object data = entry.stored().get("token");
        if (data == null) {
            return null;
        }
        return deserialize(data instanceof Binary binary ? binary.getData() : data, entry.stored());
    }

    private <T> TrackingToken deserialize(T data, Document entry) {
        @SuppressWarnings("unchecked")
        Class<T> contentType = (Class<T>) data.getClass();
        return new GenericTokenEntry<>(data, entry.getString("tokenType"), null, null,
                entry.getString("processorName"), entry.getInteger("segment"), contentType).getToken(serializer);
    }
}
