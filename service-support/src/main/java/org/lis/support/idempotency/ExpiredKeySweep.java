package org.lis.support.idempotency;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes kept responses once their retention is over. MongoDB does that by the TTL index as well; the embedded
 * MongoDB-wire server of local runs ignores TTL indexes, so without this it kept them, and their request
 * digests, for ever. A failed sweep is logged and tried again at the next one.
 */
final class ExpiredKeySweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExpiredKeySweep.class);

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration retention;
    private Disposable running;

    ExpiredKeySweep(MongoCollection<Document> keys, Clock clock, Duration retention) {
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    /** Sweeps after {@code every} and then every {@code every} again, in the background, until closed. */
    ExpiredKeySweep start(Duration every) {
        running = Flux.interval(every, every)
                .concatMap(tick -> sweep().onErrorResume(e -> {
                    log.warn("Could not delete expired idempotency keys: {}", e.toString());
                    return Mono.empty();
                }))
                .subscribe();
        return this;
    }

    /** @return how many kept responses were past their retention and deleted */
    Mono<Long> sweep() {
        Date expired = Date.from(clock.instant().minus(retention));
        return Mono.from(keys.deleteMany(Filters.lt("createdAt", expired))).map(result -> result.getDeletedCount());
    }

    @Override
    public void close() {
        if (running != null) {
            running.dispose();
        }
    }
}
