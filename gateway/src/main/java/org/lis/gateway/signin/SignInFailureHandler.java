package org.lis.gateway.signin;

import java.net.URI;
import org.lis.support.security.TooManyFailedSignIns;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import reactor.core.publisher.Mono;

/** Back to the form, saying whether the details were wrong or the account is locked for a while. */
public class SignInFailureHandler implements ServerAuthenticationFailureHandler {

    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException exception) {
        String query = exception instanceof TooManyFailedSignIns throttled
                ? "locked=" + throttled.retryAfterSeconds()
                : "error";
        return redirect.sendRedirect(exchange.getExchange(), URI.create("/sign-in?" + query));
    }
}
