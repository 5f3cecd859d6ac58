package org.lis.support.axon;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.lis.eventstore.NotifyingEventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.lis.support.mongo.LisMongoAutoConfiguration;
import org.lis.support.mongo.LisMongoProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The one event store both services append to (database {@code lis.mongodb.event-database}), and
 * this service's tracking tokens next to its read models (database {@code lis.mongodb.database}),
 * so each service can reset and replay its own projections without touching the other's.
 */
@AutoConfiguration(after = {LisMongoAutoConfiguration.class, AxonSerializationAutoConfiguration.class},
        before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(LisAxonProperties.class)
public class EventStoreAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(EventStorageEngine.class)
    public EventStorageEngine eventStorageEngine(MongoClient client, LisMongoProperties mongo,
                                                 LisAxonProperties axon,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration) {
        return LisEventStorageEngines.create(client, mongo.eventDatabase(), eventSerializer,
                AxonSerializationAutoConfiguration.snapshotSerializer(), configuration.upcasterChain(),
                axon.gapTimeout());
    }

    /**
     * A store whose processors learn of an append when it happens (see {@link NotifyingEventStore}): at once for
     * appends of this JVM, within the head watcher's poll for those of other processes. It stamps the events it
     * records with the application's clock ({@link EventTimestamps}).
     */
    @Bean
    @ConditionalOnMissingBean(EventStore.class)
    public NotifyingEventStore eventStore(EventStorageEngine storageEngine, LisAxonProperties axon, Clock clock,
                                          org.axonframework.config.Configuration configuration) {
        NotifyingEventStore store = NotifyingEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .busyPoll(axon.busyFetchDelay())
                .idlePoll(axon.fetchDelay())
                .build();
        store.registerDispatchInterceptor(new EventTimestamps(clock));
        return store;
    }

    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    public TokenStore tokenStore(MongoClient client, LisMongoProperties mongo, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, mongo.database()).build())
                .serializer(serializer)
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProcessorResets processorResets(MongoClient client, LisMongoProperties mongo) {
        return new ProcessorResets(client.getDatabase(mongo.database()));
    }
}
