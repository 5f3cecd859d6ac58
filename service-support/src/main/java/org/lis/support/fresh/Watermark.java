package org.lis.support.fresh;

import org.axonframework.eventhandling.GapAwareTrackingToken;

import java.util.List;

/**
 * How far a processing group's read models are known to be written, from its segments' tokens: every event up to
 * {@code low} has been handled by every segment (a segment's gaps below its index may still be filled, so its low
 * is just under its first gap), and none after {@code high} has; {@code resets}: how many times the group's
 * processor had been reset for a replay ({@link org.lis.support.axon.ProcessorResets}).
 */
public record Watermark(long low, long high, long resets) {

    /** Null while the processor has no segments yet. */
    public static Watermark of(List<GapAwareTrackingToken> segments, long resets) {
        if (segments.isEmpty()) {
            return null;
        }
        long low = Long.MAX_VALUE;
        long high = -1;
        for (GapAwareTrackingToken token : segments) {
            if (token == null) {
                low = -1;
                continue;
            }
            long segmentLow = token.getGaps().isEmpty() ? token.getIndex() : token.getGaps().first() - 1;
            low = Math.min(low, segmentLow);
            high = Math.max(high, token.getIndex());
        }
        return new Watermark(low, Math.max(low, high), resets);
    }
}
