package org.lis.engagement.partner.query;

/**
 * How far a partner has come, in the order the board ranks them: with one programme in the coverage figures,
 * and the highest across programmes on the partner's page.
 */
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
