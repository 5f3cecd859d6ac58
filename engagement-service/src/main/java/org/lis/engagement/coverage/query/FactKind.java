package org.lis.engagement.coverage.query;

/** What a stored engagement fact records; one event yields one fact. */
public enum FactKind {
    INVITED,
    RSVP,
    ATTENDED,
    NO_SHOW,
    ACTIVITY,
    FEEDBACK,
    FEEDBACK_CORRECTED
}
