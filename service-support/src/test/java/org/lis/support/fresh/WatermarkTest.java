package org.lis.support.fresh;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A processing group's watermark, from its segments' tokens as Axon advances them. */
class WatermarkTest {

    @Test
    void spansTheSegmentsAndStopsBelowAGap() {
        Watermark mark = Watermark.of(List.of(at(10, 7), at(12)), 3);

        assertThat(mark).isEqualTo(new Watermark(6, 12, 3, false));
    }

    @Test
    void aSegmentWithNoTokenYetHoldsItAtTheTail() {
        assertThat(Watermark.of(Arrays.asList(at(12), null), 0)).isEqualTo(new Watermark(-1, 12, 0, false));
        assertThat(Watermark.of(List.of(), 0)).isNull();
    }

    @Test
    void replaysUntilEverySegmentHasReachedWhereItWasReset() {
        TrackingToken reset = ReplayToken.createReplayToken(at(3));
        TrackingToken replayed = advance(reset, 2);
        TrackingToken lastReplayed = advance(replayed, 3);

        assertThat(Watermark.of(List.of(reset, at(9)), 1)).isEqualTo(new Watermark(-1, 9, 1, true));
        assertThat(Watermark.of(List.of(replayed, at(9)), 1)).isEqualTo(new Watermark(2, 9, 1, true));
        // Axon keeps the replay token until a later event arrives, but nothing is left to replay
        assertThat(lastReplayed).isInstanceOf(ReplayToken.class);
        assertThat(Watermark.of(List.of(lastReplayed, at(9)), 1)).isEqualTo(new Watermark(3, 9, 1, false));
        assertThat(Watermark.of(List.of(advance(lastReplayed, 4), at(9)), 1).replaying()).isFalse();
    }

    @Test
    void anEventNewToAReplayingSegmentLeavesItReplaying() {
        // the segment had skipped index 2 before the reset (a gap), so that event is new to it, not replayed
        TrackingToken reset = ReplayToken.createReplayToken(at(4, 2));
        TrackingToken handledTheGap = advance(advance(reset, 1), 2);

        assertThat(ReplayToken.isReplay(handledTheGap)).isFalse();
        assertThat(Watermark.of(List.of(handledTheGap), 0).replaying()).isTrue();
        assertThat(Watermark.of(List.of(advance(advance(handledTheGap, 3), 4)), 0).replaying()).isFalse();
    }

    /** As a processor moves a segment's token on to the event it handled. */
    private static TrackingToken advance(TrackingToken token, long index) {
        return token instanceof WrappedToken wrapped ? wrapped.advancedTo(at(index)) : at(index);
    }

    private static GapAwareTrackingToken at(long index, long... gaps) {
        return GapAwareTrackingToken.newInstance(index, LongStream.of(gaps).boxed().collect(Collectors.toSet()));
    }
}
