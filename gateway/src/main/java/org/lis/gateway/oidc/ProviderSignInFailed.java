package org.lis.gateway.oidc;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import reactor.core.publisher.Mono;

/**
 * Back to the sign-in page, which says signing in through the organisation did not work; the reason (refused at
 * the provider, a token that does not check out, a stale sign-in link) is for the log, not for the person.
 */
final class ProviderSignInFailed implements ServerAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(ProviderSignInFailed.class);
    private static final URI SIGN_IN = URI.create("/sign-in?provider-failed");

    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException exception) {
        log.warn("Signing in through the identity provider failed: {}", exception.getMessage());
        return redirect.sendRedirect(exchange.getExchange(), SIGN_IN);
    }
}
