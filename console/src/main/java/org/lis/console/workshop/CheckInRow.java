package org.lis.console.workshop;

/**
 * One partner on a workshop's check-in list: invited (with the RSVP, null before an answer) or a walk-in, and
 * whether they have checked in or been marked a no-show.
 */
public record CheckInRow(String partnerId, String name, boolean invited, String rsvp, String checkedInAt,
                         boolean walkIn, boolean noShow) {

    public boolean checkedIn() {
        return checkedInAt != null;
    }

    /** A no-show who turns up late may still check in. */
    public boolean mayCheckIn(boolean workshopOpen) {
        return workshopOpen && !checkedIn();
    }

    /** Only once the workshop has started can anyone know who did not come. */
    public boolean mayMarkNoShow(boolean workshopOpen, boolean started) {
        return workshopOpen && started && invited && !checkedIn() && !noShow;
    }

    /** Whether the name holds what was searched for, as the page's script matches it too. */
    public boolean matches(String search) {
        return search == null || search.isBlank() || Names.normalise(name).contains(Names.normalise(search));
    }
}
