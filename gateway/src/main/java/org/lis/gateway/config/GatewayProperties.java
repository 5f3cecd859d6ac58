package org.lis.gateway.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are ({@code lis.gateway.engagement-url}, {@code lis.gateway.workshop-url}) and how
 * long a bearer token a script asks for at {@code POST /auth/token} lasts (at most an hour).
 */
@ConfigurationProperties("lis.gateway")
public record GatewayProperties(URI engagementUrl, URI workshopUrl, Duration scriptTokenTtl) {

    public GatewayProperties {
        engagementUrl = engagementUrl == null ? URI.create("http://localhost:8081") : engagementUrl;
        workshopUrl = workshopUrl == null ? URI.create("http://localhost:8082") : workshopUrl;
        scriptTokenTtl = scriptTokenTtl == null ? Duration.ofHours(1) : scriptTokenTtl;
        if (scriptTokenTtl.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("lis.gateway.script-token-ttl must be at most an hour");
        }
    }
}
