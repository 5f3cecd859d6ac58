package org.lis.workshop.schedule.command;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;

/**
 * Who checked in at a workshop and who was marked a no-show; a no-show who arrives late may still check in. A check-in
 * withdrawn (recorded by mistake) no longer counts, and the partner may be checked in again when they do arrive.
 * Part of the {@link Workshop} aggregate.
 */
class Attendance {

    private String workshopId;
    /** Partner id to the id of the check-in in force. */
    private final Map<String, String> checkedIn = new HashMap<>();
    /** Partners whose last check-in was withdrawn. */
    private final Set<String> withdrawn = new HashSet<>();
    private final Set<String> noShows = new HashSet<>();

    boolean attended(String partnerId) {
        return checkedIn.containsKey(partnerId);
    }

    void requireNotCheckedIn(String partnerId) {
        if (checkedIn.containsKey(partnerId)) {
            throw new DomainException(WorkshopError.ALREADY_CHECKED_IN,
                    "Partner '" + partnerId + "' is already checked in at workshop '" + workshopId + "'");
        }
    }

    void requireAbsent(String partnerId) {
        if (checkedIn.containsKey(partnerId)) {
            throw new DomainException(WorkshopError.ALREADY_CHECKED_IN,
                    "Partner '" + partnerId + "' checked in at workshop '" + workshopId + "'");
        }
        if (noShows.contains(partnerId)) {
            throw new DomainException(WorkshopError.ALREADY_MARKED_NO_SHOW,
                    "Partner '" + partnerId + "' is already marked as a no-show");
        }
    }

    /** The id of the partner's check-in in force, or a refusal: none at all (404), or only a withdrawn one (409). */
    String checkInToWithdraw(String partnerId) {
        String checkInId = checkedIn.get(partnerId);
        if (checkInId != null) {
            return checkInId;
        }
        if (withdrawn.contains(partnerId)) {
            throw new DomainException(WorkshopError.CHECK_IN_ALREADY_WITHDRAWN, "The check-in of partner '"
                    + partnerId + "' at workshop '" + workshopId + "' is already withdrawn");
        }
        throw new DomainException(WorkshopError.CHECK_IN_NOT_FOUND,
                "Partner '" + partnerId + "' has no check-in at workshop '" + workshopId + "'");
    }

    @EventSourcingHandler
    void on(WorkshopScheduledEvent event) {
        workshopId = event.workshopId();
    }

    @EventSourcingHandler
    void on(AttendeeCheckedInEvent event, @MessageIdentifier String eventId) {
        checkedIn.put(event.partnerId(), event.checkInIdOr(eventId));
        withdrawn.remove(event.partnerId());
    }

    @EventSourcingHandler
    void on(CheckInWithdrawnEvent event) {
        checkedIn.remove(event.partnerId());
        withdrawn.add(event.partnerId());
    }

    @EventSourcingHandler
    void on(NoShowMarkedEvent event) {
        noShows.add(event.partnerId());
    }
}
