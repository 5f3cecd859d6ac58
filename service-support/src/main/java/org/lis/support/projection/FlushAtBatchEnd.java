package org.lis.support.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Sends a unit of work's waiting {@link BatchedCollection} writes once its last event has been handled, while the
 * batch can still fail: a processor stores its token when the unit of work prepares to commit, before any other
 * commit step, so writes sent then could fail after the token had moved past their events. A write that fails here
 * fails the batch like a failing handler: it is rolled back, the token stays where it was and the processor's error
 * handling takes over.
 */
public class FlushAtBatchEnd implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        Object result = interceptorChain.proceed();
        boolean last = !(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage();
        if (last) {
            PendingWrites pending = PendingWrites.waitingIn(unitOfWork);
            if (pending != null) {
                pending.flush();
            }
        }
        return result;
    }
}
