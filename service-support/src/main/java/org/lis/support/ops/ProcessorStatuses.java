package org.lis.support.ops;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.lis.support.axon.TokenEntries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Where this service's streaming processors stand: the segments this instance runs as they advance, the others as
 * their owners last stored them in the token store, against the head of the event store.
 */
public class ProcessorStatuses {

    private final EventProcessingConfiguration processing;
    private final TokenEntries tokens;
    private final LongSupplier head;
    private final ProcessorFailures failures;

    ProcessorStatuses(EventProcessingConfiguration processing, TokenEntries tokens, LongSupplier head,
                      ProcessorFailures failures) {
        this.processing = processing;
        this.tokens = tokens;
        this.head = head;
        this.failures = failures;
    }

    public List<String> names() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> processor.getName())
                .sorted()
                .toList();
    }

    public Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    public Optional<ProcessorState> of(String name) {
        return processor(name).map(processor -> state(processor, head.getAsLong()));
    }

    public List<ProcessorState> all() {
        long at = head.getAsLong();
        return names().stream().map(name -> state(processor(name).orElseThrow(), at)).toList();
    }

    private ProcessorState state(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<SegmentState> segments = new ArrayList<>();
        for (TokenEntries.Entry entry : tokens.of(processor.getName())) {
            EventTrackerStatus status = local.get(entry.segment());
            TrackingToken token = tokens.current(entry, local);
            boolean replaying = status != null ? status.isReplaying() : ReplayToken.isReplay(token);
            String error = status != null && status.isErrorState() && status.getError() != null
                    ? status.getError().toString() : null;
            segments.add(new SegmentState(entry.segment(), entry.owner(), status != null, positionOf(token), replaying,
                    error));
        }
        long position = segments.stream().mapToLong(SegmentState::position).min().orElse(0);
        String failure = failures.of(processor.getName())
                .filter(failed -> position < failed.index() || segments.isEmpty())
                .map(ProcessorFailures.Failure::message)
                .orElse(null);
        if (failure == null) {
            // moved past the event it had failed on: that failure is over
            failures.clear(processor.getName());
        }
        segments.sort(Comparator.comparingInt(SegmentState::segment));
        return new ProcessorState(processor.getName(), processor.isRunning(), failure,
                segments.stream().anyMatch(SegmentState::replaying), position, head, Math.max(0, head - position),
                List.copyOf(segments));
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
