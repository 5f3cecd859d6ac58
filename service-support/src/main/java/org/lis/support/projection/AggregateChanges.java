package org.lis.support.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Notes in a {@link ChangeLog}, for a read model with one document per aggregate of a type (keyed by the
 * aggregate's id), the document each event of that type its processing group handles may have changed: the event's
 * aggregate. Registered on the processing group, so the projection itself stays as it is; it holds only while the
 * group's handlers write that collection for events of its own aggregates alone, and while nothing else writes the
 * log (each event's entry is inserted whole). The group's reset handler clears the log with the read model.
 */
public final class AggregateChanges implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ChangeLog changes;
    private final String collection;
    private final String aggregateType;

    public AggregateChanges(ChangeLog changes, String collection, String aggregateType) {
        this.changes = changes;
        this.collection = collection;
        this.aggregateType = aggregateType;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        // noted before the handlers run, so that it waits with their writes whichever interceptor sends them
        if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event && aggregateType.equals(event.getType())) {
            changes.writtenAlone(collection, event.getAggregateIdentifier());
        }
        return interceptorChain.proceed();
    }
}
