package org.lis.support.security;

import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The controller method for a request, looked up once: {@link EarlyRoleCheckFilter} looks it up to check its
 * role before the body is read, and the dispatcher then looked it up again, matching the path against every
 * mapping a second time. The lookup (its match, or that there is none; never a failure) is kept in the exchange
 * and reused for the same request, method and URI; whatever the lookup put into the exchange stays there.
 */
class HandlerLookedUpOnce extends RequestMappingHandlerMapping {

    private static final String LOOKED_UP = HandlerLookedUpOnce.class.getName() + ".LOOKED_UP";

    private record LookedUp(String requestId, HttpMethod method, URI uri, Optional<HandlerMethod> handler) {

        boolean isFor(ServerHttpRequest request) {
            return requestId.equals(request.getId()) && method.equals(request.getMethod()) && uri.equals(request.getURI());
        }
    }

    @Override
    public Mono<HandlerMethod> getHandlerInternal(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        LookedUp done = exchange.getAttribute(LOOKED_UP);
        if (done != null && done.isFor(request)) {
            return Mono.justOrEmpty(done.handler());
        }
        return super.getHandlerInternal(exchange)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .doOnNext(handler -> exchange.getAttributes().put(LOOKED_UP,
                        new LookedUp(request.getId(), request.getMethod(), request.getURI(), handler)))
                .flatMap(Mono::justOrEmpty);
    }
}
