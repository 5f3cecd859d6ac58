package org.lis.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a gap in a tracking token is given up on. A gap is the index of an event that was reserved but is
 * not visible (yet): its insert is in flight, or failed. The age of a gap is measured with this node's own clock,
 * from the moment this node first saw it open, never from the timestamps writers put on their events: a writer
 * whose clock is behind would otherwise make gaps look old at once, and an event that becomes visible late
 * would be skipped. After a restart, gaps in stored tokens get a full timeout again (they are kept longer, never
 * shorter).
 */
class GapTimeouts {

    private final Clock clock;
    private final Duration gapTimeout;
    private final int maxGaps;
    private final Map<Long, Instant> firstSeen = new ConcurrentHashMap<>();

    GapTimeouts(Clock clock, Duration gapTimeout, int maxGaps) {
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        this.maxGaps = maxGaps;
    }

    /**
     * Returns the token without the gaps that have been open longer than the timeout, and without the oldest gaps
     * beyond the maximum count a token may hold.
     */
    GapAwareTrackingToken withoutExpiredGaps(GapAwareTrackingToken token) {
        Instant now = clock.instant();
        forgetOlderThan(now.minus(gapTimeout.multipliedBy(2)));
        if (!token.hasGaps()) {
            return token;
        }
        Instant expiry = now.minus(gapTimeout);
        SortedSet<Long> kept = new TreeSet<>();
        for (Long gap : token.getGaps()) {
            Instant seen = firstSeen.computeIfAbsent(gap, g -> now);
            if (seen.isAfter(expiry)) {
                kept.add(gap);
            }
        }
        while (kept.size() > maxGaps) {
            kept.remove(kept.first());
        }
        return kept.size() == token.getGaps().size() ? token : GapAwareTrackingToken.newInstance(token.getIndex(), kept);
    }

    /** Called for every gap that was filled: nobody needs its age any more. */
    void filled(long index) {
        firstSeen.remove(index);
    }

    private void forgetOlderThan(Instant limit) {
        if (!firstSeen.isEmpty()) {
            firstSeen.values().removeIf(seen -> seen.isBefore(limit));
        }
    }
}
