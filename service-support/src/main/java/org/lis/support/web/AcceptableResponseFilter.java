package org.lis.support.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Commands answer in JSON only. Content negotiation happens after the handler ran, so a POST
 * asking for CSV would otherwise be carried out and then answered 406: refused up front instead,
 * so that a rejected request records nothing.
 */
class AcceptableResponseFilter implements WebFilter, Ordered {

    /** After security (-100) and the early role check (-99): 401 and 403 come first. */
    static final int ORDER = -98;

    private static final List<MediaType> PRODUCED = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        boolean changes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
        List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
        if (!changes || accepted.isEmpty() || accepted.stream().anyMatch(a -> PRODUCED.stream().anyMatch(a::isCompatibleWith))) {
            return chain.filter(exchange);
        }
        return Mono.error(new NotAcceptableStatusException(PRODUCED));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
