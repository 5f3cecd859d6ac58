package org.lis.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed password checks per user and per client address. Once the free failures of either are
 * used up, each further failure locks that user (or address) for a doubling delay, up to {@code maxDelay}; while locked,
 * attempts are refused before any password is checked, so guessing costs the guesser time and the
 * server nothing. A user's own success clears that user's count; an address's count only fades, so one
 * good account cannot be used to keep guessing others. Another user, from another address, is untouched.
 */
class FailedSignIns {

    private static final Logger log = LoggerFactory.getLogger(FailedSignIns.class);

    private record Count(int failures, Instant last, Instant lockedUntil) {
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final ThrottleProperties properties;
    private final Clock clock;

    FailedSignIns(ThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, if the user or the address is locked now. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(userKey(username), now);
        Duration client = remaining(addressKey(address), now);
        Duration longer = user.compareTo(client) >= 0 ? user : client;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    void failed(String username, String address) {
        record(userKey(username), properties.userFailures());
        record(addressKey(address), properties.addressFailures());
    }

    void succeeded(String username) {
        counts.remove(userKey(username));
    }

    private Duration remaining(String key, Instant now) {
        Count count = counts.get(key);
        if (count == null || !now.isBefore(count.lockedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(now, count.lockedUntil());
    }

    private void record(String key, int freeFailures) {
        Instant now = clock.instant();
        forgetOld(now);
        Count count = counts.compute(key, (k, old) -> {
            int failures = old == null ? 1 : old.failures() + 1;
            Instant lockedUntil = failures >= freeFailures ? now.plus(delay(failures - freeFailures + 1)) : now;
            return new Count(failures, now, lockedUntil);
        });
        if (count.failures() >= freeFailures) {
            log.warn("{} failed password checks for {}: locked until {}", count.failures(), key, count.lockedUntil());
        }
    }

    private Duration delay(int excess) {
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(excess - 1, 20));
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    /** Counts whose last failure is older than the longest delay are forgotten; the map stays bounded. */
    private void forgetOld(Instant now) {
        if (counts.size() < properties.maxTracked()) {
            return;
        }
        Instant horizon = now.minus(properties.maxDelay());
        counts.values().removeIf(count -> count.last().isBefore(horizon) && !now.isBefore(count.lockedUntil()));
        if (counts.size() >= properties.maxTracked()) {
            log.warn("More than {} users and addresses with failed password checks: forgetting them all",
                    properties.maxTracked());
            counts.clear();
        }
    }

    private static String userKey(String username) {
        return "user " + username;
    }

    private static String addressKey(String address) {
        return "address " + address;
    }
}
