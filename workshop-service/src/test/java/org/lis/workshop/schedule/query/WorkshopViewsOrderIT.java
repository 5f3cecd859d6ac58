package org.lis.workshop.schedule.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.junit.jupiter.api.Test;
import org.lis.workshop.ApiTestBase;
import org.lis.workshop.attendance.query.AttendanceProjection;
import org.lis.workshop.feedback.query.FeedbackProjection;
import org.lis.workshop.hypothesis.query.HypothesisProjection;
import org.lis.workshop.invitation.query.InvitationProjection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workshop's version is moved by its own handler: it must run after the view that an invitation, a check-in or
 * a piece of feedback changes, or a page waiting for the version could read the view before the change.
 */
class WorkshopViewsOrderIT extends ApiTestBase {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theVersionMovesAfterEveryOtherViewOfTheGroup() {
        AbstractEventProcessor processor = processing
                .eventProcessor(WorkshopProjection.PROCESSING_GROUP, AbstractEventProcessor.class).orElseThrow();

        List<Class<?>> handlers = handlerTypes(processor.eventHandlerInvoker());

        assertThat(handlers).containsExactlyInAnyOrder(AttendanceProjection.class, FeedbackProjection.class,
                HypothesisProjection.class, InvitationProjection.class, WorkshopProjection.class,
                WorkshopVersionProjection.class);
        assertThat(handlers).last().isEqualTo(WorkshopVersionProjection.class);
    }

    /** The handlers' classes in the order the processor calls them for an event. */
    private static List<Class<?>> handlerTypes(EventHandlerInvoker invoker) {
        List<Class<?>> types = new ArrayList<>();
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> types.addAll(handlerTypes(delegate)));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            simple.eventHandlers().forEach(handler -> types.add(handler instanceof AnnotationEventHandlerAdapter adapter
                    ? adapter.getTargetType() : handler.getClass()));
        }
        return types;
    }
}
