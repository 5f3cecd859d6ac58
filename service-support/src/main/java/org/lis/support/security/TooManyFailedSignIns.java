package org.lis.support.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Refused before the password was looked at: this user or this address failed too often lately. */
public class TooManyFailedSignIns extends AuthenticationException {

    private final Duration retryAfter;

    public TooManyFailedSignIns(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, for a Retry-After header. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }
}
