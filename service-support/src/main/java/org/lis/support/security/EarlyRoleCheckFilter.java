package org.lis.support.security;

import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.method.PreAuthorizeReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Applies a handler's {@code @PreAuthorize} before its body is read. Method security alone runs
 * after argument resolution, so a role that may not call an endpoint would be told its invalid
 * body is a 400 instead of being refused with a 403. The annotation stays the one place that
 * says who may do what; method security still checks it again at the call.
 */
public class EarlyRoleCheckFilter implements WebFilter, Ordered {

    /** Just after Spring Security's filter chain (-100), which puts the authentication in the context. */
    static final int ORDER = -99;

    private final RequestMappingHandlerMapping handlerMapping;
    private final PreAuthorizeReactiveAuthorizationManager preAuthorize = new PreAuthorizeReactiveAuthorizationManager();

    public EarlyRoleCheckFilter(RequestMappingHandlerMapping handlerMapping) {
        this.handlerMapping = handlerMapping;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return handlerMapping.getHandler(exchange)
                .ofType(HandlerMethod.class)
                .flatMap(this::decide)
                .map(AuthorizationDecision::isGranted)
                .defaultIfEmpty(true)
                .flatMap(granted -> granted
                        ? chain.filter(exchange)
                        : Mono.error(new AccessDeniedException("This role may not do that")));
    }

    private Mono<AuthorizationDecision> decide(HandlerMethod handler) {
        Mono<Authentication> authentication = ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication);
        return preAuthorize.check(authentication, new SimpleMethodInvocation(handler.getBean(), handler.getMethod()));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
