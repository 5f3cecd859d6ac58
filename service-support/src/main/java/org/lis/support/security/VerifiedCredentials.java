package org.lis.support.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.Authentication;

/**
 * Credentials whose password check passed lately, so a script sending HTTP Basic on every request pays
 * the deliberately slow hash once per {@code ttl}, not once per request. Keyed by an HMAC-SHA-256 of
 * user and password under a key that lives only in this process: neither the password nor a hash
 * that could be checked offline is kept. Only successes go in; the size is bounded.
 */
class VerifiedCredentials {

    private record Entry(Authentication authentication, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    VerifiedCredentials(Duration ttl, int maxEntries, Clock clock) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    Authentication find(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(key, entry);
            return null;
        }
        return entry.authentication();
    }

    void remember(String key, Authentication authentication) {
        if (entries.size() >= maxEntries) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
            if (entries.size() >= maxEntries) {
                // a flood of distinct good credentials is unlikely; starting over only costs re-checks
                entries.clear();
            }
        }
        entries.put(key, new Entry(authentication, clock.instant().plus(ttl)));
    }
}
