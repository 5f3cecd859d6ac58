package org.lis.workshop.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param heartbeat how often the live stream sends a comment, so proxies keep an idle stream open (default 15 s) */
@ConfigurationProperties("lis.workshop.live")
public record LiveProperties(Duration heartbeat) {

    public LiveProperties {
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
    }
}
