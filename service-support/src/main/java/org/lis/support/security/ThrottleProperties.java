package org.lis.support.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed password checks are slowed down ({@code lis.security.throttle.*}): the failures each user
 * and each client address may make before they are locked, the first lock, doubling with each further
 * failure up to {@code maxDelay}; and how long (and for how many credentials at once) a verified password
 * is trusted without checking it again.
 */
@ConfigurationProperties("lis.security.throttle")
public record ThrottleProperties(Integer userFailures, Integer addressFailures, Duration firstDelay,
                                 Duration maxDelay, Integer maxTracked, Duration verifiedFor,
                                 Integer maxVerified) {

    public ThrottleProperties {
        userFailures = userFailures == null ? 5 : userFailures;
        addressFailures = addressFailures == null ? 20 : addressFailures;
        firstDelay = firstDelay == null ? Duration.ofSeconds(2) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        maxTracked = maxTracked == null ? 100_000 : maxTracked;
        verifiedFor = verifiedFor == null ? Duration.ofMinutes(5) : verifiedFor;
        maxVerified = maxVerified == null ? 10_000 : maxVerified;
    }

    static ThrottleProperties defaults() {
        return new ThrottleProperties(null, null, null, null, null, null, null);
    }
}
