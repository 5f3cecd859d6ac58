package org.lis.workshop.schedule.command;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;

/**
 * The feedback recorded at a workshop, by id, with the hypothesis and partner it is about: a correction
 * keeps both. Part of the {@link Workshop} aggregate.
 */
class FeedbackGiven {

    private String workshopId;
    private final Map<String, Subject> byId = new HashMap<>();

    boolean contains(String feedbackId) {
        return byId.containsKey(feedbackId);
    }

    Subject require(String feedbackId) {
        Subject subject = byId.get(feedbackId);
        if (subject == null) {
            throw new DomainException(WorkshopError.FEEDBACK_NOT_FOUND,
                    "Workshop '" + workshopId + "' has no feedback '" + feedbackId + "'");
        }
        return subject;
    }

    @EventSourcingHandler
    void on(WorkshopScheduledEvent event) {
        workshopId = event.workshopId();
    }

    @EventSourcingHandler
    void on(FeedbackRecordedEvent event) {
        byId.put(event.feedbackId(), new Subject(event.hypothesisId(), event.partnerId()));
    }

    record Subject(String hypothesisId, String partnerId) {
    }
}
