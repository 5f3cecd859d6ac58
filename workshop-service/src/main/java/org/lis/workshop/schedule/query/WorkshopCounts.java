package org.lis.workshop.schedule.query;

/** {@code awaitingResponse} counts invitations without an RSVP; {@code placesLeft} is capacity less acceptances. */
public record WorkshopCounts(int invited, int accepted, int declined, int tentative, int awaitingResponse,
                             int placesLeft, int attended, int walkIns, int noShows, int feedback) {
}
