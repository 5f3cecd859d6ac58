package org.lis.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class RelayTokensTest {

    private static final String SECRET = "the-relay-secret-shared-by-gateway-and-services";
    private final MutableClock clock = new MutableClock(Instant.now());
    private final RelayTokens tokens = new RelayTokens(new RelayProperties(SECRET, null, null), "roles", clock);

    @Test
    void canVerifyAFreshTokenWithTheSubjectAndRoles() {
        Jwt jwt = tokens.decoder().decode(tokens.mint("ana", List.of(Roles.OFFICER), Duration.ofMinutes(5))).block();
        assertThat(jwt.getSubject()).isEqualTo("ana");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(Roles.OFFICER);
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(RelayProperties.DEFAULT_ISSUER);
        var authentication = SecurityAutoConfiguration.rolesFrom("roles").convert(jwt).block();
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
    }

    @Test
    void cannotUseATokenSignedWithAnotherSecret() {
        RelayTokens forger = new RelayTokens(new RelayProperties(SECRET + "-not", null, null), "roles", clock);
        StepVerifier.create(tokens.decoder().decode(forger.mint("ana", List.of(Roles.OFFICER), Duration.ofMinutes(5))))
                .expectError(BadJwtException.class)
                .verify();
    }

    @Test
    void cannotUseAnExpiredToken() {
        clock.advance(Duration.ofMinutes(-10));
        String old = tokens.mint("ana", List.of(Roles.OFFICER), Duration.ofMinutes(5));
        StepVerifier.create(tokens.decoder().decode(old)).expectError(JwtValidationException.class).verify();
    }

    @Test
    void cannotUseATokenOfAnotherIssuerSignedWithTheSameSecret() {
        RelayTokens other = new RelayTokens(new RelayProperties(SECRET, "someone-else", null), "roles", clock);
        StepVerifier.create(tokens.decoder().decode(other.mint("ana", List.of(), Duration.ofMinutes(5))))
                .expectError(JwtValidationException.class)
                .verify();
    }

    @Test
    void cannotConfigureAShortSecret() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RelayTokens(new RelayProperties("short", null, null), "roles", clock));
    }

    @Test
    void sendsOtherIssuersTokensToTheIdentityProvidersDecoder() {
        RelayTokens idp = new RelayTokens(new RelayProperties(SECRET, "https://idp.example", null), "roles", clock);
        ReactiveJwtDecoder idpDecoder = token -> Mono.just(Jwt.withTokenValue(token).header("alg", "none")
                .subject("from-idp").build());
        ReactiveJwtDecoder both = SecurityAutoConfiguration.bearerDecoder(tokens, idpDecoder);
        assertThat(both.decode(idp.mint("x", List.of(), Duration.ofMinutes(1))).block().getSubject()).isEqualTo("from-idp");
        assertThat(both.decode(tokens.mint("ana", List.of(), Duration.ofMinutes(1))).block().getSubject()).isEqualTo("ana");
        StepVerifier.create(SecurityAutoConfiguration.bearerDecoder(tokens, null)
                        .decode(idp.mint("x", List.of(), Duration.ofMinutes(1))))
                .expectError(BadJwtException.class)
                .verify();
        StepVerifier.create(both.decode("not-a-token")).expectError(BadJwtException.class).verify();
    }
}
