package org.lis.workshop.rsvp.link;

/** What a personal RSVP link answers for: one invitation, as emailed to one contact. */
public record RsvpLink(String workshopId, String invitationId, String contactId) {
}
