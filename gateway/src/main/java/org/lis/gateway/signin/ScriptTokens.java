package org.lis.gateway.signin;

import java.util.Map;
import org.lis.gateway.config.GatewayProperties;
import org.lis.gateway.relay.RelayTokenCache;
import org.lis.support.security.RelayTokens;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /auth/token} with HTTP Basic: a bearer token for a script, so it checks its password once and
 * then sends the token (at most an hour) to the gateway, or straight to a service.
 */
@RestController
public class ScriptTokens {

    private final RelayTokens tokens;
    private final GatewayProperties properties;

    public ScriptTokens(RelayTokens tokens, GatewayProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @PostMapping("/auth/token")
    public Mono<ResponseEntity<Map<String, Object>>> token(Authentication authentication) {
        String token = tokens.mint(authentication.getName(), RelayTokenCache.roles(authentication),
                properties.scriptTokenTtl());
        return Mono.just(ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of("access_token", token, "token_type", "Bearer",
                        "expires_in", properties.scriptTokenTtl().toSeconds())));
    }
}
