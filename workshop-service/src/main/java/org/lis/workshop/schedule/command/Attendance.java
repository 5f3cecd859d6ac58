package org.lis.workshop.schedule.command;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;

/**
 * Who checked in at a workshop and who was marked a no-show; a no-show who arrives late may still check in.
 * Part of the {@link Workshop} aggregate.
 */
class Attendance {

    private String workshopId;
    private final Set<String> checkedIn = new HashSet<>();
    private final Set<String> noShows = new HashSet<>();

    boolean attended(String partnerId) {
        return checkedIn.contains(partnerId);
    }

    void requireNotCheckedIn(String partnerId) {
        if (checkedIn.contains(partnerId)) {
            throw new DomainException(WorkshopError.ALREADY_CHECKED_IN,
                    "Partner '" + partnerId + "' is already checked in at workshop '" + workshopId + "'");
        }
    }

    void requireAbsent(String partnerId) {
        if (checkedIn.contains(partnerId)) {
            throw new DomainException(WorkshopError.ALREADY_CHECKED_IN,
                    "Partner '" + partnerId + "' checked in at workshop '" + workshopId + "'");
        }
        if (noShows.contains(partnerId)) {
            throw new DomainException(WorkshopError.ALREADY_MARKED_NO_SHOW,
                    "Partner '" + partnerId + "' is already marked as a no-show");
        }
    }

    @EventSourcingHandler
    void on(WorkshopScheduledEvent event) {
        workshopId = event.workshopId();
    }

    @EventSourcingHandler
    void on(AttendeeCheckedInEvent event) {
        checkedIn.add(event.partnerId());
    }

    @EventSourcingHandler
    void on(NoShowMarkedEvent event) {
        noShows.add(event.partnerId());
    }
}
