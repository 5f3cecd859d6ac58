package org.lis.support.idempotency;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.lis.support.config.CoreAutoConfiguration;
import org.lis.support.mongo.LisMongoAutoConfiguration;
import org.lis.support.web.BodySizeLimitFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

@AutoConfiguration(after = {LisMongoAutoConfiguration.class, CoreAutoConfiguration.class})
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    public static final String COLLECTION = "idempotency_keys";
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public IdempotencyKeyFilter idempotencyKeyFilter(MongoDatabase database, Clock clock,
                                                     IdempotencyProperties properties) {
        MongoCollection<Document> keys = database.getCollection(COLLECTION);
        expireOldKeys(keys, properties);
        return new IdempotencyKeyFilter(keys, clock, BodySizeLimitFilter.MAX_BODY_BYTES, properties.abandonedAfter());
    }

    /** The TTL index's work, for a server that ignores TTL indexes (the embedded one of local runs). */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ExpiredKeySweep expiredIdempotencyKeySweep(MongoDatabase database, Clock clock, IdempotencyProperties properties) {
        return new ExpiredKeySweep(database.getCollection(COLLECTION), clock, properties.retention())
                .start(SWEEP_EVERY);
    }

    /** Best effort and in the background: start-up must not wait for (or fail on) the database. */
    private static void expireOldKeys(MongoCollection<Document> keys, IdempotencyProperties properties) {
        Mono.from(keys.createIndex(Indexes.ascending("createdAt"),
                        new IndexOptions().name("expire").expireAfter(properties.retention().toSeconds(), TimeUnit.SECONDS)))
                .subscribe(name -> log.debug("Idempotency keys expire after {}", properties.retention()),
                        e -> log.warn("Could not create the expiry index of {}: {}", COLLECTION, e.toString()));
    }
}
