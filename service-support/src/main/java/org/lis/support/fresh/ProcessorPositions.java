package org.lis.support.fresh;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.lis.support.axon.TokenEntries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each segment of a processing group stands: the segments this instance runs report their position as
 * they advance; the others are read from the token store, where the instance that runs them writes it when it
 * commits a batch ({@link TokenEntries}).
 */
class ProcessorPositions {

    private final EventProcessingConfiguration processing;
    private final TokenEntries tokens;

    ProcessorPositions(EventProcessingConfiguration processing, TokenEntries tokens) {
        this.processing = processing;
        this.tokens = tokens;
    }

    /**
     * The token of every segment of the group's processor (a replay's wrapper included), none while its segments
     * are not initialised yet; a segment with no token yet is at the tail (null).
     *
     * @throws IllegalArgumentException when the group has no streaming processor
     */
    List<TrackingToken> of(String processingGroup) {
        StreamingEventProcessor processor = processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + processingGroup));
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<TrackingToken> positions = new ArrayList<>();
        for (TokenEntries.Entry entry : tokens.of(processor.getName())) {
            positions.add(tokens.current(entry, local));
        }
        return positions;
    }
}
