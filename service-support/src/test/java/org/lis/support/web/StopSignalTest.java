package org.lis.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class StopSignalTest {

    private final StopSignal signal = new StopSignal() {
    };

    @Test
    void completesWhenStoppedAndAtOnceForWhatComesAfter() {
        signal.start();
        completesOnlyOnStop();

        assertThat(signal.isRunning()).isFalse();
        StepVerifier.create(signal.stopping()).expectComplete().verify(Duration.ofSeconds(1));
    }

    @Test
    void startedAgainItSignalsTheNextStop() {
        signal.start();
        signal.stop();
        signal.start();

        assertThat(signal.isRunning()).isTrue();
        completesOnlyOnStop();
    }

    private void completesOnlyOnStop() {
        StepVerifier.create(signal.stopping())
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(50))
                .then(signal::stop)
                .expectComplete()
                .verify(Duration.ofSeconds(1));
    }
}
