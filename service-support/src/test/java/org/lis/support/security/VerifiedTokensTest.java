package org.lis.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokensTest {

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final MutableClock clock = new MutableClock(start);
    private final AtomicInteger checks = new AtomicInteger();
    /** Accepts "good-<seconds to expiry>" tokens while they have not expired, as the real decoders do. */
    private final ReactiveJwtDecoder decoder = token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good-")) {
            return Mono.error(new BadJwtException("forged"));
        }
        Instant expires = start.plusSeconds(Long.parseLong(token.substring(5)));
        return clock.instant().isBefore(expires)
                ? Mono.just(Jwt.withTokenValue(token).header("alg", "HS256").subject("ana").expiresAt(expires).build())
                : Mono.error(new BadJwtException("expired"));
    };
    private final VerifiedTokens tokens = new VerifiedTokens(decoder, Duration.ofMinutes(1), 2, clock);

    @Test
    void checksATokenSentAgainOnceAMinute() {
        for (int i = 0; i < 3; i++) {
            assertThat(tokens.decode("good-3600").block().getSubject()).isEqualTo("ana");
            clock.advance(Duration.ofSeconds(31));
        }
        assertThat(checks).hasValue(2);
    }

    @Test
    void neverTrustsATokenPastItsExpiry() {
        tokens.decode("good-30").block();
        clock.advance(Duration.ofSeconds(30));
        StepVerifier.create(tokens.decode("good-30")).expectError(BadJwtException.class).verify();
        assertThat(checks).hasValue(2);
    }

    @Test
    void remembersNoRefusedToken() {
        for (int i = 0; i < 2; i++) {
            StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        }
        assertThat(checks).hasValue(2);
    }

    @Test
    void checksAnAlteredTokenOnItsOwn() {
        tokens.decode("good-3600").block();
        StepVerifier.create(tokens.decode("good-3600x")).expectError(NumberFormatException.class).verify();
        assertThat(checks).hasValue(2);
    }

    @Test
    void keepsAtMostTheGivenNumberOfTokens() {
        tokens.decode("good-3600").block();
        tokens.decode("good-3601").block();
        tokens.decode("good-3602").block();
        tokens.decode("good-3600").block();
        assertThat(checks).as("the third started the kept ones over").hasValue(4);
    }
}
