package org.lis.gateway.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lis.support.security.RelayTokens;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * One relay token per person and roles, minted when first needed and reused until it has less than a
 * fifth of its life left, so a busy session signs a token every few minutes, not per request.
 */
public class RelayTokenCache {

    private static final String ROLE_PREFIX = "ROLE_";
    private static final int MAX_ENTRIES = 10_000;

    private record Minted(String token, Instant renewAfter) {
    }

    private final Map<String, Minted> minted = new ConcurrentHashMap<>();
    private final RelayTokens tokens;
    private final Duration ttl;
    private final Clock clock;

    public RelayTokenCache(RelayTokens tokens, Duration ttl, Clock clock) {
        this.tokens = tokens;
        this.ttl = ttl;
        this.clock = clock;
    }

    public String tokenFor(Authentication authentication) {
        List<String> roles = roles(authentication);
        String key = authentication.getName() + '\n' + String.join(",", roles);
        Instant now = clock.instant();
        Minted current = minted.get(key);
        if (current != null && now.isBefore(current.renewAfter())) {
            return current.token();
        }
        if (minted.size() >= MAX_ENTRIES) {
            minted.clear();
        }
        String token = tokens.mint(authentication.getName(), roles, ttl);
        minted.put(key, new Minted(token, now.plus(ttl.multipliedBy(4).dividedBy(5))));
        return token;
    }

    /** The person's roles as the services name them: OFFICER, not ROLE_OFFICER. */
    public static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
    }
}
