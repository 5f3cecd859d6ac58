package org.lis.support.fresh;

import com.mongodb.client.MongoClient;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.Serializer;
import org.lis.eventstore.MongoEventStorageEngine;
import org.lis.support.axon.EventStoreAutoConfiguration;
import org.lis.support.axon.ProcessorResets;
import org.lis.support.axon.TokenEntries;
import org.lis.support.axon.LisAxonProperties;
import org.lis.support.mongo.LisMongoProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** {@link FreshReads} over this service's processors, their token store and the shared event store. */
@AutoConfiguration(after = EventStoreAutoConfiguration.class)
@EnableConfigurationProperties(LisAxonProperties.class)
public class FreshReadsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FreshReads freshReads(EventProcessingConfiguration processing, MongoClient client, LisMongoProperties mongo,
                                 Serializer serializer, EventStorageEngine engine, LisAxonProperties axon,
                                 ProcessorResets resets) {
        if (!(engine instanceof MongoEventStorageEngine events)) {
            throw new IllegalStateException("Fresh reads need the MongoDB event storage engine, not "
                    + engine.getClass().getName());
        }
        // the collection the token store writes (EventStoreAutoConfiguration builds it with the same template)
        var tokens = DefaultMongoTemplate.builder().mongoDatabase(client, mongo.database()).build()
                .trackingTokensCollection();
        return new FreshReads(new ProcessorPositions(processing, new TokenEntries(tokens, serializer)), resets, events,
                axon.freshReadTimeout());
    }
}
