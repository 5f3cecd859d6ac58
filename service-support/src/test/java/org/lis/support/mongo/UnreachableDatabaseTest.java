package org.lis.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lis.support.error.ProblemMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponse;
import reactor.core.publisher.Mono;

/** What the driver really throws when nothing listens, and what the API makes of it. */
class UnreachableDatabaseTest {

    private final LisMongoProperties nowhere =
            new LisMongoProperties("mongodb://127.0.0.1:1", null, "svc", Duration.ofMillis(300));

    @Test
    void anUnreachableDatabaseIsA503WithinTheTimeout() {
        try (MongoClient client = MongoClients.create(LisMongoAutoConfiguration.settings(nowhere))) {
            long start = System.nanoTime();
            Throwable error = Mono.from(client.getDatabase("svc").getCollection("x").find().first())
                    .<Throwable>map(found -> new AssertionError("found a document nowhere"))
                    .onErrorResume(Mono::just)
                    .block(Duration.ofSeconds(5));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            ErrorResponse problem = new ProblemMapper().map(error);
            assertThat(problem.getStatusCode().value()).isEqualTo(503);
            assertThat(problem.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        }
    }

    @Test
    void healthReportsItDown() {
        try (MongoClient client = MongoClients.create(LisMongoAutoConfiguration.settings(nowhere))) {
            var health = new MongoPingHealthIndicator(client.getDatabase("svc"), nowhere.timeout())
                    .health().block(Duration.ofSeconds(5));
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void theUriDefaultsToLocalhostAndTheEventsToLisEvents() {
        LisMongoProperties defaults = new LisMongoProperties(null, null, null, null);
        assertThat(defaults.uri()).isEqualTo("mongodb://localhost:27017");
        assertThat(defaults.eventDatabase()).isEqualTo("lis-events");
    }
}
