package org.lis.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens verified lately, so that the same token sent again (a relay token on every request the gateway
 * forwards for a person, a script's token on each of its calls) is parsed and checked once per {@code ttl}, not
 * once per request. A token is trusted from here for at most {@code ttl} and never past its own expiry; only
 * tokens that passed every check go in; keyed by a SHA-256 of the token; at most {@code maxEntries} at once.
 */
class VerifiedTokens implements ReactiveJwtDecoder {

    private record Verified(Jwt jwt, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final ReactiveJwtDecoder decoder;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    VerifiedTokens(ReactiveJwtDecoder decoder, Duration ttl, int maxEntries, Clock clock) {
        this.decoder = decoder;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return Mono.defer(() -> {
            String key = keyOf(token);
            Instant now = clock.instant();
            Verified known = verified.get(key);
            if (known != null && now.isBefore(known.until())) {
                return Mono.just(known.jwt());
            }
            return decoder.decode(token).doOnNext(jwt -> remember(key, jwt, now));
        });
    }

    private void remember(String key, Jwt jwt, Instant now) {
        Instant until = now.plus(ttl);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= maxEntries) {
                // more distinct live tokens than this holds: starting over only costs verifications
                verified.clear();
            }
        }
        verified.put(key, new Verified(jwt, until));
    }

    private static String keyOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
