package org.lis.events.partner;

/** Engagement outside workshops. */
public enum ActivityKind {
    MEETING,
    CALL,
    ROUND_TABLE,
    STEERING_GROUP,
    WRITTEN_SUBMISSION,
    OTHER
}
