package org.lis.engagement.coverage.query;

/** How far a partner has come with a programme, in the order the board ranks them. */
public enum EngagementLevel {
    NONE,
    INVITED,
    ACCEPTED,
    ENGAGED,
    CONTRIBUTED;

    /** "Engaged" in coverage means ENGAGED or CONTRIBUTED. */
    public boolean engaged() {
        return compareTo(ENGAGED) >= 0;
    }
}
