package org.lis.support.ops;

import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every processor's error handler: remembers the event a processor could not get past, then propagates as Axon's
 * default does, so the segment is released and retried with a growing back-off instead of skipping the event. A
 * pooled processor keeps running (and its segment's error state is gone once it is released), so without this
 * nothing would show that it is stuck. A failure counts until the processor has moved past the failed event, or
 * until its tokens are reset.
 */
public class ProcessorFailures implements ErrorHandler {

    /** The lowest global index among the events of the failed batch, what went wrong, and when. */
    public record Failure(long index, String message, Instant at) {
    }

    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public ProcessorFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        long index = context.failedEvents().stream()
                .mapToLong(ProcessorFailures::indexOf)
                .min().orElse(0);
        Throwable error = context.error();
        failures.put(context.eventProcessor(), new Failure(index,
                error.getClass().getSimpleName() + ": " + error.getMessage(), clock.instant()));
        PropagatingErrorHandler.instance().handleError(context);
    }

    Optional<Failure> of(String processor) {
        return Optional.ofNullable(failures.get(processor));
    }

    void clear(String processor) {
        failures.remove(processor);
    }

    private static long indexOf(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position().orElse(0);
        }
        return 0;
    }
}
