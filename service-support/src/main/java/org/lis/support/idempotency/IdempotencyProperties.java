package org.lis.support.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lis.idempotency.retention}: how long a kept response can be replayed (default 24 h);
 * {@code lis.idempotency.abandoned-after}: when an unfinished claim is considered left behind by
 * a crashed node and released (default 2 min, well above the command timeout).
 */
@ConfigurationProperties("lis.idempotency")
public record IdempotencyProperties(Duration retention, Duration abandonedAfter) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        abandonedAfter = abandonedAfter == null ? Duration.ofMinutes(2) : abandonedAfter;
    }
}
