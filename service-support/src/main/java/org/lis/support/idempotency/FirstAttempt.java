package org.lis.support.idempotency;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The first request with a key: hands the handler the already-read body, and records the
 * response just before it is written (so a repeat never sees a key whose response went out but
 * was not kept), or releases the key when the answer is not a success.
 */
final class FirstAttempt {

    private static final Logger log = LoggerFactory.getLogger(FirstAttempt.class);

    private final MongoCollection<Document> keys;
    private final String id;
    private final ServerWebExchange exchange;
    private final byte[] body;
    private final AtomicBoolean settled = new AtomicBoolean();

    FirstAttempt(MongoCollection<Document> keys, String id, ServerWebExchange exchange, byte[] body) {
        this.keys = keys;
        this.id = id;
        this.exchange = exchange;
        this.body = body;
    }

    Mono<Void> run(WebFilterChain chain) {
        ServerHttpRequestDecorator request = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0 ? Flux.empty()
                        : Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
        ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> content) {
                return DataBufferUtils.join(content)
                        .map(IdempotencyKeyFilter::bytes)
                        .defaultIfEmpty(new byte[0])
                        .flatMap(bytes -> settle(getStatusCode(), bytes)
                                .then(super.writeWith(Mono.fromSupplier(() -> bufferFactory().wrap(bytes)))));
            }
        };
        return chain.filter(exchange.mutate().request(request).response(response).build())
                .then(Mono.defer(() -> settle(response.getStatusCode(), new byte[0])))
                .onErrorResume(error -> release().then(Mono.error(error)));
    }

    private Mono<Void> settle(HttpStatusCode status, byte[] responseBody) {
        if (!settled.compareAndSet(false, true)) {
            return Mono.empty();
        }
        HttpStatusCode effective = status == null ? HttpStatus.OK : status;
        if (!effective.is2xxSuccessful()) {
            return release();
        }
        Document outcome = StoredResponse.outcome(effective, exchange.getResponse().getHeaders(), responseBody);
        return Mono.from(keys.updateOne(Filters.eq("_id", id), new Document("$set", outcome.append("completedAt", new Date()))))
                .then()
                .onErrorResume(e -> {
                    log.warn("Could not keep the response for idempotency key {}; a repeat will run again", id, e);
                    return release();
                });
    }

    private Mono<Void> release() {
        settled.set(true);
        return Mono.from(keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", null))))
                .then()
                .onErrorResume(e -> {
                    log.warn("Could not release idempotency key {}", id, e);
                    return Mono.empty();
                });
    }
}
