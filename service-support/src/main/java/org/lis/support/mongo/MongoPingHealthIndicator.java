package org.lis.support.mongo;

import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractReactiveHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import reactor.core.publisher.Mono;

/** Reports the database as {@code mongo} in /actuator/health: UP when it answers a ping. */
public class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private final MongoDatabase database;
    private final Duration timeout;

    public MongoPingHealthIndicator(MongoDatabase database, Duration timeout) {
        super("MongoDB health check failed");
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.from(database.runCommand(new Document("ping", 1)))
                .timeout(timeout.plusSeconds(1))
                .map(answer -> builder.up().withDetail("database", database.getName()).build());
    }
}
