package org.lis.eventstore;

import com.mongodb.client.MongoClient;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;

import java.time.Duration;
import java.util.List;

/**
 * One application "node": an Axon configuration (no Spring) with this engine, a pooled streaming processor and
 * its tokens in MongoDB under the node's own owner name.
 */
final class ProcessorNode implements AutoCloseable {

    static final String PROCESSOR = "item-projection";

    private final Configuration configuration;

    private ProcessorNode(Configuration configuration) {
        this.configuration = configuration;
    }

    static ProcessorNode start(String nodeId, MongoClient client, String databaseName, int maxClaimedSegments,
                               Object... handlers) {
        Serializer serializer = TestStore.serializer();
        MongoEventStorageEngine engine = TestStore.engine(client, databaseName).build();
        engine.ensureIndexes();
        DefaultConfigurer configurer = (DefaultConfigurer) DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine);
        configurer.eventProcessing(processing -> {
            processing.registerPooledStreamingEventProcessor(
                              PROCESSOR,
                              Configuration::eventStore,
                              (c, builder) -> builder.initialSegmentCount(4)
                                                     .maxClaimedSegments(maxClaimedSegments)
                                                     .tokenClaimInterval(200)
                                                     .batchSize(10)
                                                     .initialToken(StreamableMessageSource::createTailToken))
                      .registerTokenStore(PROCESSOR, c -> MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, databaseName).build())
                              .serializer(serializer)
                              .nodeId(nodeId)
                              .claimTimeout(Duration.ofSeconds(5))
                              .build());
            for (Object handler : handlers) {
                processing.registerEventHandler(c -> handler);
            }
            processing.assignHandlerInstancesMatching(PROCESSOR, handler -> true);
        });
        return new ProcessorNode(configurer.start());
    }

    PooledStreamingEventProcessor processor() {
        return configuration.eventProcessingConfiguration()
                            .eventProcessor(PROCESSOR, PooledStreamingEventProcessor.class)
                            .orElseThrow();
    }

    /** Publishes through the node's event store, so its own processor hears of the events at once. */
    void publish(List<? extends EventMessage<?>> events) {
        configuration.eventStore().publish(events);
    }

    int claimedSegments() {
        return processor().processingStatus().size();
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
