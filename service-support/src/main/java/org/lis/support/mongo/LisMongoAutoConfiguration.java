package org.lis.support.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoReactiveAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * One sync client (under Axon and the projections) and one reactive client (WebFlux reads and the
 * idempotency keys), both with a short server-selection timeout so an unreachable database turns
 * into a 503 within seconds rather than a hung request. Runs before Spring Boot's own Mongo
 * auto-configurations, which then back off because the clients exist. Both write {@code Document}s with
 * {@link DirectDocumentCodec}.
 */
@AutoConfiguration(before = {MongoAutoConfiguration.class, MongoReactiveAutoConfiguration.class})
@EnableConfigurationProperties(LisMongoProperties.class)
public class LisMongoAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public MongoClient mongoClient(LisMongoProperties properties) {
        return MongoClients.create(settings(properties));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public com.mongodb.reactivestreams.client.MongoClient reactiveMongoClient(LisMongoProperties properties) {
        return com.mongodb.reactivestreams.client.MongoClients.create(settings(properties));
    }

    /** The service's own database, for projections and lookups on Axon's threads. */
    @Bean
    @ConditionalOnMissingBean
    public MongoDatabase mongoDatabase(MongoClient client, LisMongoProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** The same database through the reactive driver, for WebFlux reads. */
    @Bean
    @ConditionalOnMissingBean
    public com.mongodb.reactivestreams.client.MongoDatabase reactiveMongoDatabase(
            com.mongodb.reactivestreams.client.MongoClient client, LisMongoProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    public MongoPingHealthIndicator mongoHealthIndicator(
            com.mongodb.reactivestreams.client.MongoClient client, LisMongoProperties properties) {
        return new MongoPingHealthIndicator(client.getDatabase(properties.database()), properties.timeout());
    }

    static MongoClientSettings settings(LisMongoProperties properties) {
        long timeoutMillis = properties.timeout().toMillis();
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.uri()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(timeoutMillis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) timeoutMillis, TimeUnit.MILLISECONDS))
                .codecRegistry(DirectDocumentCodec.registry())
                .build();
    }
}
