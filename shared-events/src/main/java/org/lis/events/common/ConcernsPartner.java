package org.lis.events.common;

/**
 * An event about one partner, whichever aggregate recorded it: a registration, a contact, an activity, an
 * invitation, an RSVP, an attendance, a piece of feedback. Lets a reader (the audit's partner filter) find a
 * partner's events without knowing every event type.
 */
public interface ConcernsPartner {

    String partnerId();
}
