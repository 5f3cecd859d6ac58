package org.lis.support.fresh;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.util.List;

/**
 * How far a processing group's read models are known to be written, from its segments' tokens: every event up to
 * {@code low} has been handled by every segment (a segment's gaps below its index may still be filled, so its low
 * is just under its first gap), and none after {@code high} has; {@code resets}: how many times the group's
 * processor had been reset for a replay ({@link org.lis.support.axon.ProcessorResets}); {@code replaying}: a segment
 * is still replaying, so events it has replayed may be missing from the group's change logs
 * ({@link org.lis.support.projection.ChangeLog}).
 */
public record Watermark(long low, long high, long resets, boolean replaying) {

    /** Null while the processor has no segments yet; a segment with no token yet is at the tail (null). */
    public static Watermark of(List<? extends TrackingToken> segments, long resets) {
        if (segments.isEmpty()) {
            return null;
        }
        long low = Long.MAX_VALUE;
        long high = -1;
        boolean replaying = false;
        for (TrackingToken segment : segments) {
            replaying |= replaying(segment);
            GapAwareTrackingToken token = WrappedToken.unwrap(segment, GapAwareTrackingToken.class).orElse(null);
            if (token == null) {
                low = -1;
                continue;
            }
            long segmentLow = token.getGaps().isEmpty() ? token.getIndex() : token.getGaps().first() - 1;
            low = Math.min(low, segmentLow);
            high = Math.max(high, token.getIndex());
        }
        return new Watermark(low, Math.max(low, high), resets, replaying);
    }

    /**
     * Whether the segment may still replay events. Axon keeps a segment's replay token until an event after the
     * reset arrives, which may be long after the replay with no writes; but once the segment has reached where it was
     * reset it has nothing more to replay, and every event it handles next is logged.
     */
    private static boolean replaying(TrackingToken segment) {
        return WrappedToken.unwrap(segment, ReplayToken.class).map(replay -> {
            TrackingToken current = WrappedToken.unwrapUpperBound(replay.getCurrentToken());
            return current == null || !current.covers(WrappedToken.unwrapUpperBound(replay.getTokenAtReset()));
        }).orElse(false);
    }
}
