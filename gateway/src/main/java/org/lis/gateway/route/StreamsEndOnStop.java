package org.lis.gateway.route;

import org.reactivestreams.Publisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Ends every relayed stream (a room screen's server-sent events) when the gateway begins to stop. Such a stream
 * never ends by itself, so one open screen would otherwise hold the graceful shutdown for its whole timeout (30 s);
 * the screen reconnects, to another instance or to this one once restarted. A response is a stream when it is
 * written with a flush after each part, which is how the gateway relays a streaming media type; any other response
 * is left to finish. Stopped before the web server, as a lifecycle of the default phase.
 */
@Component
public class StreamsEndOnStop implements WebFilter, SmartLifecycle {

    private volatile Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile boolean running;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<Void> stopped = Mono.defer(() -> stopping.asMono());
        ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return super.writeAndFlushWith(Flux.from(body).takeUntilOther(stopped));
            }
        };
        return chain.filter(exchange.mutate().response(response).build());
    }

    @Override
    public void start() {
        if (!running) {
            stopping = Sinks.empty();
            running = true;
        }
    }

    @Override
    public void stop() {
        running = false;
        stopping.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
