package org.lis.support.fresh;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each segment of a processing group stands: the segments this instance runs report their position as
 * they advance; the others are read from the token store, where the instance that runs them writes it when it
 * commits a batch (without claiming them, unlike {@code TokenStore.fetchToken}).
 */
class ProcessorPositions {

    private final EventProcessingConfiguration processing;
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    ProcessorPositions(EventProcessingConfiguration processing, MongoCollection<Document> tokens, Serializer serializer) {
        this.processing = processing;
        this.tokens = tokens;
        this.serializer = serializer;
    }

    /**
     * The token of every segment of the group's processor, none while its segments are not initialised yet; a
     * segment with no token yet is at the tail (null).
     *
     * @throws IllegalArgumentException when the group has no streaming processor
     */
    List<GapAwareTrackingToken> of(String processingGroup) {
        StreamingEventProcessor processor = processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + processingGroup));
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<GapAwareTrackingToken> positions = new ArrayList<>();
        for (Document entry : tokens.find(Filters.eq("processorName", processor.getName()))) {
            int segment = entry.getInteger("segment");
            EventTrackerStatus status = local.get(segment);
            TrackingToken token = status != null ? status.getTrackingToken() : stored(entry);
            positions.add(WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null));
        }
        return positions;
    }

    private TrackingToken stored(Document entry) {
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
