package org.lis.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final FailedSignIns failures = new FailedSignIns(
            new ThrottleProperties(3, 5, Duration.ofSeconds(2), Duration.ofSeconds(60), null, null, null), clock);

    @Test
    void canFailAFewTimesBeforeBeingLocked() {
        failures.failed("ana", "10.0.0.1");
        failures.failed("ana", "10.0.0.1");
        assertThat(failures.lockedFor("ana", "10.0.0.1")).isEmpty();
        failures.failed("ana", "10.0.0.1");
        assertThat(failures.lockedFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(2));
    }

    @Test
    void cannotGuessFasterThanADoublingDelayUpToTheMaximum() {
        for (int i = 0; i < 4; i++) {
            failures.failed("ana", "10.0.0." + i);
        }
        assertThat(failures.lockedFor("ana", "10.0.0.9")).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 10; i++) {
            failures.failed("ana", "10.0.1." + i);
        }
        assertThat(failures.lockedFor("ana", "10.0.0.9")).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        assertThat(failures.lockedFor("ana", "10.0.0.9")).isEmpty();
    }

    @Test
    void lockingOneUserLeavesAnotherAlone() {
        for (int i = 0; i < 3; i++) {
            failures.failed("ana", "10.0.0.1");
        }
        assertThat(failures.lockedFor("ana", "10.0.0.2")).isPresent();
        assertThat(failures.lockedFor("ben", "10.0.0.1")).isEmpty();
    }

    @Test
    void cannotGuessManyUsersFromOneAddress() {
        for (int i = 0; i < 5; i++) {
            failures.failed("user" + i, "10.0.0.1");
        }
        assertThat(failures.lockedFor("someone-else", "10.0.0.1")).isPresent();
        assertThat(failures.lockedFor("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsersCountButNotTheAddresss() {
        failures.failed("ana", "10.0.0.1");
        failures.failed("ana", "10.0.0.1");
        failures.succeeded("ana");
        failures.failed("ana", "10.0.0.1");
        assertThat(failures.lockedFor("ana", "10.0.0.3")).isEmpty();
        failures.failed("ben", "10.0.0.1");
        failures.failed("carl", "10.0.0.1");
        assertThat(failures.lockedFor("dora", "10.0.0.1")).isPresent();
    }
}
