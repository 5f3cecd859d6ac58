package org.lis.support.mongo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param uri           {@code lis.mongodb.uri}, env {@code MONGODB_URI}, default mongodb://localhost:27017
 * @param eventDatabase {@code lis.mongodb.event-database}: the one event store both services append to
 * @param database      {@code lis.mongodb.database}: this service's own read models, tokens, idempotency keys
 * @param timeout       {@code lis.mongodb.timeout}: server selection and connect timeout; short, so a
 *                      request answers 503 within seconds when the database is unreachable
 */
@ConfigurationProperties("lis.mongodb")
public record LisMongoProperties(String uri, String eventDatabase, String database, Duration timeout) {

    public LisMongoProperties {
        uri = uri == null || uri.isBlank() ? "mongodb://localhost:27017" : uri;
        eventDatabase = eventDatabase == null || eventDatabase.isBlank() ? "lis-events" : eventDatabase;
        database = database == null || database.isBlank() ? "lis" : database;
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
    }
}
