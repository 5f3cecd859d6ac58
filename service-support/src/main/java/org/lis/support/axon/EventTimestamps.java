package org.lis.support.axon;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps each event with the application's {@link Clock} as it is recorded, so a service's "now" and the
 * time its events were recorded agree: the board asking for figures "as recorded by now" sees what was just
 * recorded, also when the clock is set to another day for a demo or a test.
 * <p>
 * Axon stamps events with {@code GenericEventMessage.clock}, which is not set to the application's clock:
 * it is one static field for the whole JVM, where the local stack runs both services side by side and a
 * test run keeps several application contexts, each with its own clock; and Axon's event processors time
 * their token claims by it. So it stays the system clock, and each event store stamps its own events here,
 * keeping the event's id, payload, metadata and place in its aggregate.
 */
public final class EventTimestamps implements MessageDispatchInterceptor<EventMessage<?>> {

    private final Clock clock;

    public EventTimestamps(Clock clock) {
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> events) {
        return (index, event) -> stamped(event, clock.instant());
    }

    private static <T> EventMessage<T> stamped(EventMessage<T> event, Instant recordedAt) {
        Message<T> content = new GenericMessage<>(event.getIdentifier(), event.getPayloadType(), event.getPayload(),
                event.getMetaData());
        if (event instanceof DomainEventMessage<T> domain) {
            return new GenericDomainEventMessage<>(domain.getType(), domain.getAggregateIdentifier(),
                    domain.getSequenceNumber(), content, recordedAt);
        }
        return new GenericEventMessage<>(content, () -> recordedAt);
    }
}
