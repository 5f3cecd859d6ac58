package org.lis.support.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tokens the gateway signs to tell the services who a request is from ({@code lis.security.relay.*}):
 * an HS256 secret shared by the gateway and the services (at least 32 characters; none means no relay
 * tokens are accepted), their issuer, and how long one lasts.
 */
@ConfigurationProperties("lis.security.relay")
public record RelayProperties(String secret, String issuer, Duration ttl) {

    public static final String DEFAULT_ISSUER = "lis-gateway";

    public RelayProperties {
        issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
        ttl = ttl == null ? Duration.ofMinutes(5) : ttl;
    }

    boolean enabled() {
        return secret != null && !secret.isBlank();
    }
}
