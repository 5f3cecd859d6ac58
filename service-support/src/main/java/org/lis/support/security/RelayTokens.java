package org.lis.support.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Signs and verifies the short-lived tokens by which the gateway vouches for a person: subject, roles
 * (in the claim the services read roles from), issuer, issued-at and expiry, HMAC-SHA-256 under the
 * shared secret. Verifying one is a hash over a few hundred bytes, microseconds, where a password check
 * is tens of milliseconds.
 */
public class RelayTokens {

    static final int MIN_SECRET_LENGTH = 32;

    private final byte[] secret;
    private final String issuer;
    private final String rolesClaim;
    private final Clock clock;

    public RelayTokens(RelayProperties properties, String rolesClaim, Clock clock) {
        if (properties.secret() == null || properties.secret().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("lis.security.relay.secret (LIS_SECURITY_RELAY_SECRET) must be set, "
                    + "with at least " + MIN_SECRET_LENGTH + " characters, the same for the gateway and the services");
        }
        this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
        this.issuer = properties.issuer();
        this.rolesClaim = rolesClaim;
        this.clock = clock;
    }

    public String issuer() {
        return issuer;
    }

    Clock clock() {
        return clock;
    }

    /** A token for {@code subject} with {@code roles} (without the ROLE_ prefix), valid for {@code ttl}. */
    public String mint(String subject, Collection<String> roles, Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim(rolesClaim, List.copyOf(roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a relay token", e);
        }
        return jwt.serialize();
    }

    /** Accepts only tokens signed with the secret, from this issuer, within their lifetime (a minute's skew). */
    public ReactiveJwtDecoder decoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
