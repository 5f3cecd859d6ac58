package org.lis.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PasswordCheckTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordCheck check = passwordCheck();

    @Test
    void checksAGoodPasswordOncePerTtl() {
        assertThat(signIn("ana", "s3cret").getName()).isEqualTo("ana");
        assertThat(signIn("ana", "s3cret").getAuthorities()).hasSize(1);
        assertThat(slowChecks).hasValue(1);
        clock.advance(Duration.ofMinutes(5));
        signIn("ana", "s3cret");
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void checksAWrongPasswordEveryTime() {
        signIn("ana", "s3cret");
        for (int i = 1; i <= 2; i++) {
            StepVerifier.create(attempt("ana", "guess")).expectError(BadCredentialsException.class).verify();
            assertThat(slowChecks).hasValue(1 + i);
        }
    }

    @Test
    void refusesALockedUserWithoutCheckingThePassword() {
        for (int i = 0; i < 5; i++) {
            StepVerifier.create(attempt("ana", "guess")).expectError(BadCredentialsException.class).verify();
        }
        int checked = slowChecks.get();
        StepVerifier.create(attempt("ana", "s3cret"))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(TooManyFailedSignIns.class)
                        .satisfies(t -> assertThat(((TooManyFailedSignIns) t).retryAfterSeconds()).isEqualTo(2)))
                .verify();
        assertThat(slowChecks).hasValue(checked);
    }

    private Authentication signIn(String username, String password) {
        return attempt(username, password).block();
    }

    private Mono<Authentication> attempt(String username, String password) {
        return check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .contextWrite(context -> context.put(ClientAddress.class, "10.0.0.1"));
    }

    private PasswordCheck passwordCheck() {
        var users = new MapReactiveUserDetailsService(
                User.withUsername("ana").password("s3cret").roles(Roles.OFFICER).build());
        var slow = new UserDetailsRepositoryReactiveAuthenticationManager(users);
        slow.setPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                slowChecks.incrementAndGet();
                return raw.toString().equals(encoded);
            }
        });
        ThrottleProperties throttle = ThrottleProperties.defaults();
        return new PasswordCheck(slow, new VerifiedCredentials(throttle.verifiedFor(), 100, clock),
                new FailedSignIns(throttle, clock));
    }

    @Test
    void keysCredentialsByAKeyedHashNotThePassword() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), 10, clock);
        String key = verified.keyOf("ana", "s3cret");
        assertThat(key).doesNotContain("s3cret").isNotEqualTo(verified.keyOf("ana", "s3cret!"))
                .isNotEqualTo(new VerifiedCredentials(Duration.ofMinutes(5), 10, clock).keyOf("ana", "s3cret"));
        assertThat(List.of(verified.keyOf("an", "as3cret"))).doesNotContain(key);
    }
}
