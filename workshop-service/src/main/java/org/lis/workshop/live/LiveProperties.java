package org.lis.workshop.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param heartbeat how often the live stream sends a comment, so proxies keep an idle stream open (default 15 s)
 * @param poll      how often an open live stream looks for what was recorded since (default 500 ms)
 */
@ConfigurationProperties("lis.workshop.live")
public record LiveProperties(Duration heartbeat, Duration poll) {

    public LiveProperties {
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        poll = poll == null ? Duration.ofMillis(500) : poll;
    }
}
