package org.lis.support.ops;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.lis.support.axon.ProcessorResets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Rebuilds a processor's read model from the first event, the way Axon documents it: shut the processor down
 * (releasing this instance's claims), reset its tokens (its {@code @ResetHandler}s clear the read model) and start
 * it again; it then replays every event and is live again once it reaches the head. A reset needs every segment's
 * claim: when another instance of the service still holds one, nothing is reset, the processor starts again here as
 * it was, and the caller is told which instances to stop first ({@link #stop}) on their own endpoint.
 */
public class Replays {

    private static final Logger logger = LoggerFactory.getLogger(Replays.class);

    /** No streaming processor of that name in this service. */
    public static class UnknownProcessor extends RuntimeException {
        UnknownProcessor(String name) {
            super("No event processor named " + name);
        }
    }

    /** The replay could not start, for the reason given; nothing was reset. */
    public static class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    private final ProcessorStatuses statuses;
    private final ProcessorFailures failures;
    private final ProcessorResets resets;

    Replays(ProcessorStatuses statuses, ProcessorFailures failures, ProcessorResets resets) {
        this.statuses = statuses;
        this.failures = failures;
        this.resets = resets;
    }

    public synchronized ProcessorState replay(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new Refused("Processor " + name + " has handlers that cannot be reset");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
            // before the start: a held read model that sees the new count reads the rebuilt collections whole
            resets.counted(name);
            failures.clear(name);
            logger.info("Processor {} reset: replaying every event", name);
        } catch (UnableToClaimTokenException claimedElsewhere) {
            List<String> owners = statuses.of(name).orElseThrow().segments().stream()
                    .filter(segment -> !segment.here() && segment.owner() != null)
                    .map(SegmentState::owner).distinct().toList();
            throw new Refused("Other instances hold segments of " + name + ": " + owners
                    + "; stop the processor on each of them first, then replay here");
        } finally {
            processor.start();
        }
        return statuses.of(name).orElseThrow();
    }

    /** Shuts the processor down on this instance, which gives up its segments' claims to the other instances. */
    public synchronized ProcessorState stop(String name) {
        processor(name).shutDown();
        return statuses.of(name).orElseThrow();
    }

    public synchronized ProcessorState start(String name) {
        processor(name).start();
        return statuses.of(name).orElseThrow();
    }

    private StreamingEventProcessor processor(String name) {
        return statuses.processor(name).orElseThrow(() -> new UnknownProcessor(name));
    }
}
