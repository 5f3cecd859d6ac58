package org.lis.gateway.route;

import org.lis.support.web.StopSignal;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Ends every relayed stream (a room screen's server-sent events) when the gateway begins to stop; the screen
 * reconnects, to another instance or to this one once restarted. A response is a stream when it is written with a
 * flush after each part, which is how the gateway relays a streaming media type; any other response is left to
 * finish.
 */
@Component
public class StreamsEndOnStop extends StopSignal implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<Void> stopped = stopping();
        ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return super.writeAndFlushWith(Flux.from(body).takeUntilOther(stopped));
            }
        };
        return chain.filter(exchange.mutate().response(response).build());
    }
}
