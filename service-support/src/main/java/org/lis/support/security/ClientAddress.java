package org.lis.support.security;

import java.net.InetSocketAddress;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Puts the address a request came from into the Reactor context, where the password check (which sees
 * only the credentials) finds it for throttling. The connection's own address, not X-Forwarded-For,
 * which a guesser would simply vary.
 */
public class ClientAddress implements WebFilter, Ordered {

    private static final String UNKNOWN = "unknown";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null || remote.getAddress() == null ? UNKNOWN : remote.getAddress().getHostAddress();
        return chain.filter(exchange).contextWrite(context -> context.put(ClientAddress.class, address));
    }

    static String of(ContextView context) {
        return context.getOrDefault(ClientAddress.class, UNKNOWN);
    }

    /** Before Spring Security's filter chain (-100). */
    @Override
    public int getOrder() {
        return -101;
    }
}
