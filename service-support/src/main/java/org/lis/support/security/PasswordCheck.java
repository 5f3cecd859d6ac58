package org.lis.support.security;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import reactor.core.publisher.Mono;

/**
 * The one password check behind HTTP Basic and the sign-in form. A locked user or address is refused
 * first ({@link TooManyFailedSignIns}); credentials verified lately are taken from
 * {@link VerifiedCredentials}; anything else goes to the slow check, whose outcome is counted.
 */
public class PasswordCheck implements ReactiveAuthenticationManager {

    private final ReactiveAuthenticationManager slowCheck;
    private final VerifiedCredentials verified;
    private final FailedSignIns failures;

    PasswordCheck(ReactiveAuthenticationManager slowCheck, VerifiedCredentials verified, FailedSignIns failures) {
        this.slowCheck = slowCheck;
        this.verified = verified;
        this.failures = failures;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getCredentials() instanceof String password)) {
            return slowCheck.authenticate(authentication);
        }
        String username = authentication.getName();
        return Mono.deferContextual(context -> {
            String address = ClientAddress.of(context);
            var locked = failures.lockedFor(username, address);
            if (locked.isPresent()) {
                return Mono.error(new TooManyFailedSignIns(locked.get()));
            }
            String key = verified.keyOf(username, password);
            Authentication known = verified.find(key);
            if (known != null) {
                return Mono.just(known);
            }
            return slowCheck.authenticate(authentication)
                    .doOnNext(ok -> {
                        verified.remember(key, ok);
                        failures.succeeded(username);
                    })
                    .doOnError(AuthenticationException.class, e -> failures.failed(username, address));
        });
    }
}
