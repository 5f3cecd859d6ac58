package org.lis.support.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.lis.support.projection.FlushAtBatchEnd;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * How events reach handlers, and what travels with them.
 *
 * <ul>
 *   <li>Every processing group runs as a pooled streaming processor with its token in the service
 *       database, so several instances of a service split the segments between them. Each coordinator runs on a
 *       {@link CoordinatorExecutor}, which waits {@code lis.axon.full-queue-wait} rather than Axon's 100 ms when a
 *       work package's queue is full.</li>
 *   <li>Writes a projection makes through a {@code BatchedCollection} reach the database once a batch, at its
 *       last event ({@link FlushAtBatchEnd}).</li>
 *   <li>The {@code actor} metadata a command carries is copied onto the events it causes (next to
 *       Axon's correlation and trace ids), which is what the audit shows.</li>
 * </ul>
 * Aggregates are registered by the services, each with its own cache: see {@link AggregateRegistration}.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(LisAxonProperties.class)
public class EventProcessingAutoConfiguration {

    @Bean
    public ConfigurerModule pooledStreamingProcessorsByDefault(LisAxonProperties properties) {
        return configurer -> configurer.eventProcessing(processing ->
                processing.usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .batchSize(properties.batchSize())
                        .initialSegmentCount(properties.initialSegmentCount())
                        .tokenClaimInterval(properties.tokenClaimInterval().toMillis())
                        .coordinatorExecutor(name -> {
                            CoordinatorExecutor executor = new CoordinatorExecutor(name, properties.fullQueueWait());
                            configuration.onShutdown(executor::shutdown);
                            return executor;
                        }))
                        .registerDefaultHandlerInterceptor((configuration, name) -> new FlushAtBatchEnd()));
    }

    /** Declared here because Axon only adds its own when no provider bean exists at all. */
    @Bean
    @ConditionalOnMissingBean(MessageOriginProvider.class)
    public MessageOriginProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider("actor");
    }
}
