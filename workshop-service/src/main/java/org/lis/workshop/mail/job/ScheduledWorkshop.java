package org.lis.workshop.mail.job;

import java.time.Instant;
import java.util.List;

/**
 * A workshop as its emails describe it, as the planner last saw it: every email takes its calendar entry from here
 * when it goes out, so the times and the calendar {@code sequence} (reschedulings so far, one more once cancelled)
 * always belong together.
 */
public record ScheduledWorkshop(String id, String programmeId, String title, Instant startsAt, Instant endsAt,
                                String venue, List<String> hypothesisIds, int sequence, boolean cancelled,
                                String cancelReason) {
}
