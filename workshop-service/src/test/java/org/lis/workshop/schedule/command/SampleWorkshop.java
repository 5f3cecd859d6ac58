package org.lis.workshop.schedule.command;

import java.time.Instant;
import java.util.List;

import org.lis.events.common.Theme;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;

/** The workshop the command tests work on: its ids, its times, and the event that scheduled it. */
final class SampleWorkshop {

    static final String W = "w1";
    static final String P = "prog1";
    static final Instant STARTS = Instant.parse("2018-08-14T09:00:00Z");
    static final Instant ENDS = Instant.parse("2018-08-14T13:00:00Z");
    /** A few minutes into the workshop: when its invitations, answers, check-ins and feedback are recorded. */
    static final Instant AT = Instant.parse("2018-08-14T09:05:00Z");

    private SampleWorkshop() {
    }

    static WorkshopScheduledEvent scheduled(int capacity, List<String> hypothesisIds) {
        return new WorkshopScheduledEvent(W, P, "PH2", "AI workshop", List.of(Theme.AI_AND_DATA), STARTS, ENDS,
                "Buckingham", capacity, "facilitator", hypothesisIds);
    }

    static WorkshopCancelledEvent cancelled() {
        return new WorkshopCancelledEvent(W, P, "storm", AT);
    }

    static WorkshopClosedEvent closed() {
        return new WorkshopClosedEvent(W, P, AT);
    }
}
