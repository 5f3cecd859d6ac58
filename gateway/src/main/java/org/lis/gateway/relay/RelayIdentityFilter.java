package org.lis.gateway.relay;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the service who the request is from: whatever the person signed in with (session, Basic, bearer
 * token), the service gets a relay token instead, and never the session cookie or the password.
 */
public class RelayIdentityFilter implements GlobalFilter, Ordered {

    private final RelayTokenCache tokens;

    public RelayIdentityFilter(RelayTokenCache tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .ofType(Authentication.class)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> exchange.mutate().request(request -> request.headers(headers -> {
                    headers.remove(HttpHeaders.COOKIE);
                    headers.setBearerAuth(tokens.tokenFor(authentication));
                })).build())
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
