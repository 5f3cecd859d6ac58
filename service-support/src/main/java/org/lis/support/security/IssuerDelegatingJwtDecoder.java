package org.lis.support.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Relay tokens to the relay decoder, every other token to the identity provider's decoder (when an
 * issuer-uri is configured). The unverified {@code iss} only picks the decoder; that decoder then
 * checks signature, issuer and lifetime.
 */
class IssuerDelegatingJwtDecoder implements ReactiveJwtDecoder {

    private final String relayIssuer;
    private final ReactiveJwtDecoder relay;
    private final ReactiveJwtDecoder other;

    /** {@code other} may be null: then only relay tokens are accepted. */
    IssuerDelegatingJwtDecoder(String relayIssuer, ReactiveJwtDecoder relay, ReactiveJwtDecoder other) {
        this.relayIssuer = relayIssuer;
        this.relay = relay;
        this.other = other;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return Mono.error(new BadJwtException("Malformed token", e));
        }
        if (relayIssuer.equals(issuer)) {
            return relay.decode(token);
        }
        if (other == null) {
            return Mono.error(new BadJwtException("Unknown token issuer"));
        }
        return other.decode(token);
    }
}
