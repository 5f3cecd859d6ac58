package org.lis.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lis.support.test.MongoTestServer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class IdempotencyKeyFilterTest {

    private final MongoClient client = MongoClients.create(MongoTestServer.uri());
    private final MongoCollection<Document> keys = client.getDatabase("idem-" + UUID.randomUUID())
            .getCollection(IdempotencyAutoConfiguration.COLLECTION);
    private final IdempotencyKeyFilter filter =
            new IdempotencyKeyFilter(keys, Clock.systemUTC(), 64 * 1024, Duration.ofMinutes(2));
    private final AtomicInteger handled = new AtomicInteger();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void cannotRunASecondRequestWhileTheFirstIsInProgress() {
        MockServerWebExchange first = exchange("k", "{\"a\":1}");
        MockServerWebExchange second = exchange("k", "{\"a\":1}");
        Sinks.Empty<Void> firstRunning = Sinks.empty();
        WebFilterChain slowHandler = exchange -> {
            firstRunning.tryEmitEmpty();
            return respondAfter(Duration.ofMillis(500)).filter(exchange);
        };
        Mono<Void> slow = as("officer", filter.filter(first, slowHandler));
        Mono<Void> overtaking = firstRunning.asMono()
                .then(as("officer", filter.filter(second, respondAfter(Duration.ZERO))));

        StepVerifier.create(Mono.when(slow, overtaking))
                .expectErrorSatisfies(e -> assertThat(((ResponseStatusException) e).getStatusCode())
                        .isEqualTo(HttpStatus.CONFLICT))
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void canReplayTheFirstResponseToTheSameUserOnly() {
        StepVerifier.create(as("officer", filter.filter(exchange("k2", "{}"), respondAfter(Duration.ZERO)))).verifyComplete();
        MockServerWebExchange repeat = exchange("k2", "{}");
        StepVerifier.create(as("officer", filter.filter(repeat, respondAfter(Duration.ZERO)))).verifyComplete();
        assertThat(repeat.getResponse().getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getResponse().getHeaders().getLocation()).hasToString("/things/1");
        assertThat(repeat.getResponse().getBodyAsString().block()).isEqualTo("{\"id\":\"1\"}");

        StepVerifier.create(as("board", filter.filter(exchange("k2", "{}"), respondAfter(Duration.ZERO)))).verifyComplete();
        assertThat(handled).hasValue(2);
    }

    @Test
    void letsRequestsWithoutAKeyThrough() {
        MockServerWebExchange plain = MockServerWebExchange.from(MockServerHttpRequest.post("/things").body("{}"));
        StepVerifier.create(as("officer", filter.filter(plain, respondAfter(Duration.ZERO)))).verifyComplete();
        StepVerifier.create(as("officer", filter.filter(
                MockServerWebExchange.from(MockServerHttpRequest.post("/things").body("{}")), respondAfter(Duration.ZERO))))
                .verifyComplete();
        assertThat(handled).hasValue(2);
    }

    private WebFilterChain respondAfter(Duration delay) {
        return exchange -> DataBufferUtils.join(exchange.getRequest().getBody())
                .then(Mono.delay(delay))
                .then(Mono.defer(() -> {
                    int n = handled.incrementAndGet();
                    var response = exchange.getResponse();
                    response.setStatusCode(HttpStatus.CREATED);
                    response.getHeaders().setLocation(java.net.URI.create("/things/" + n));
                    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
                    byte[] body = ("{\"id\":\"" + n + "\"}").getBytes(StandardCharsets.UTF_8);
                    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
                }));
    }

    private static MockServerWebExchange exchange(String key, String body) {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/things")
                .header(IdempotencyKeyFilter.HEADER, key).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    private static Mono<Void> as(String user, Mono<Void> call) {
        return call.contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                new TestingAuthenticationToken(user, null, "ROLE_OFFICER")));
    }
}
