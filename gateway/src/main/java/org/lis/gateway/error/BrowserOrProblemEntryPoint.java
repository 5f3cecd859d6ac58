package org.lis.gateway.error;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A person's browser asking for a page without a session goes to the sign-in page; the API, scripts and
 * everything else get a 401 problem+json.
 */
public class BrowserOrProblemEntryPoint implements ServerAuthenticationEntryPoint {

    private final ServerAuthenticationEntryPoint problems;
    private final URI signIn;
    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    public BrowserOrProblemEntryPoint(ServerAuthenticationEntryPoint problems, URI signIn) {
        this.problems = problems;
        this.signIn = signIn;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        return isPageRequest(exchange) ? redirect.sendRedirect(exchange, signIn) : problems.commence(exchange, ex);
    }

    static boolean isPageRequest(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.startsWith("/api/") || path.startsWith("/auth/")
                || exchange.getRequest().getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
        return accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }
}
