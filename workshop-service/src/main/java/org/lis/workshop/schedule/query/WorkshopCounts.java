package org.lis.workshop.schedule.query;

/**
 * {@code awaitingResponse} counts invitations without an RSVP; {@code placesLeft} is capacity less acceptances.
 * Invitations and check-ins withdrawn (recorded in error) are counted apart and in none of the other figures.
 */
public record WorkshopCounts(int invited, int accepted, int declined, int tentative, int awaitingResponse,
                             int placesLeft, int attended, int walkIns, int noShows, int feedback,
                             int invitationsWithdrawn, int checkInsWithdrawn) {
}
