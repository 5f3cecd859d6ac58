package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevel;

/**
 * What a stored engagement fact records; one event yields one fact per partner it concerns. {@code level} is the
 * engagement level the fact gives its partner on its own (ENGAGED or CONTRIBUTED), null for the kinds whose effect
 * depends on other facts (invitations, RSVPs, corrections, withdrawals) or that engage no one (a no-show).
 */
public enum FactKind {
    INVITED(null),
    RSVP(null),
    ATTENDED(EngagementLevel.ENGAGED),
    NO_SHOW(null),
    ACTIVITY(EngagementLevel.ENGAGED),
    FEEDBACK(EngagementLevel.CONTRIBUTED),
    FEEDBACK_CORRECTED(null),
    /** Takes back every fact with the same {@link Fact#ref()}, see {@link Fact#withdrawsBy}. */
    WITHDRAWN(null),
    /**
     * A period of membership of a standing group (or the convenor's, from the group's formation), dated by joining;
     * it engages in every phase up to the {@link #GROUP_LEFT} with the same ref, or to the as-of date.
     */
    GROUP_MEMBERSHIP(EngagementLevel.ENGAGED),
    /** Invited to a standing group, not yet joined: the partner counts as INVITED. */
    GROUP_INVITED(null),
    /** The end of the membership with the same ref: it still engaged up to then (engagement never falls back). */
    GROUP_LEFT(null),
    /** Attended a meeting of a standing group. */
    GROUP_MEETING(EngagementLevel.ENGAGED),
    /** A response to a consultation on the draft strategy: the partner contributed its view. */
    CONSULTATION_RESPONSE(EngagementLevel.CONTRIBUTED);

    private final EngagementLevel level;

    FactKind(EngagementLevel level) {
        this.level = level;
    }

    /** Null when the fact alone engages no one. */
    public EngagementLevel level() {
        return level;
    }
}
