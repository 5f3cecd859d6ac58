package org.lis.eventstore;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AppendSignalTest {

    @Test
    void anAppendChangesTheVersionAndCallsTheRegisteredReadersBack() {
        AppendSignal signal = AppendSignal.own();
        AtomicInteger woken = new AtomicInteger();
        AtomicInteger gone = new AtomicInteger();
        Runnable leaving = gone::incrementAndGet;
        signal.register(woken::incrementAndGet);
        signal.register(leaving);
        signal.unregister(leaving);
        long before = signal.version();

        signal.appendedHere();
        signal.appendedElsewhere();

        assertThat(signal.version()).isNotEqualTo(before);
        assertThat(woken).hasValue(2);
        assertThat(gone).hasValue(0);
        assertThat(signal.localAppends()).as("only appends of this JVM count as local").isEqualTo(1);
    }

    @Test
    void aFailingCallbackDoesNotKeepTheOthersWaiting() {
        AppendSignal signal = AppendSignal.own();
        AtomicInteger woken = new AtomicInteger();
        signal.register(() -> {
            throw new IllegalStateException("a reader that fails");
        });
        signal.register(woken::incrementAndGet);

        signal.appendedHere();

        assertThat(woken).hasValue(1);
    }

    @Test
    void aWaitForAVersionAlreadyPastReturnsAtOnce() throws InterruptedException {
        AppendSignal signal = AppendSignal.own();
        long seen = signal.version();
        signal.appendedHere();
        long start = System.nanoTime();

        signal.awaitChange(seen, TimeUnit.MINUTES.toNanos(1));

        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(30));
    }

    @Test
    void databasesOfOneNameShareASignal() {
        String name = "shared-" + System.nanoTime();
        assertThat(AppendSignal.forDatabase(name)).isSameAs(AppendSignal.forDatabase(name));
        assertThat(AppendSignal.forDatabase(name)).isNotSameAs(AppendSignal.forDatabase(name + "-other"));
    }
}
