package org.lis.support.ops;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.Serializer;
import org.lis.eventstore.MongoEventStorageEngine;
import org.lis.support.axon.EventStoreAutoConfiguration;
import org.lis.support.axon.ProcessorResets;
import org.lis.support.axon.TokenEntries;
import org.lis.support.mongo.LisMongoProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * What operations see of a service's event processors: their state against the event store's head
 * ({@link ProcessorStatuses}), as Prometheus gauges, as health components, and the {@code processors} actuator
 * endpoint that replays one. Only where there is an event store (not in the gateway). See docs/running.md.
 */
@AutoConfiguration(after = EventStoreAutoConfiguration.class)
@ConditionalOnBean(EventStorageEngine.class)
public class OpsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProcessorFailures processorFailures(ObjectProvider<Clock> clock) {
        return new ProcessorFailures(clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Every processor's error handler records what it propagates. With {@code lis.ops.stop-on-handler-error=true}
     * a failing event handler stops its segment at that event (retried with back-off) instead of being logged and
     * skipped, Axon's default, which leaves the read model silently without that event.
     */
    @Bean
    public ConfigurerModule processorFailuresRecorded(ProcessorFailures failures,
            @Value("${lis.ops.stop-on-handler-error:false}") boolean stopOnHandlerError) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerDefaultErrorHandler(configuration -> failures);
            if (stopOnHandlerError) {
                processing.registerDefaultListenerInvocationErrorHandler(
                        configuration -> PropagatingErrorHandler.instance());
            }
        });
    }

    @Bean
    @ConditionalOnMissingBean
    public ProcessorStatuses processorStatuses(EventProcessingConfiguration processing, MongoClient client,
                                               LisMongoProperties mongo, Serializer serializer,
                                               EventStorageEngine engine, ProcessorFailures failures) {
        // the collection the token store writes (EventStoreAutoConfiguration builds it with the same template)
        var tokens = DefaultMongoTemplate.builder().mongoDatabase(client, mongo.database()).build()
                .trackingTokensCollection();
        return new ProcessorStatuses(processing, new TokenEntries(tokens, serializer), head(engine), failures);
    }

    private static LongSupplier head(EventStorageEngine engine) {
        if (engine instanceof MongoEventStorageEngine events) {
            return events::headIndex;
        }
        return () -> {
            var token = engine.createHeadToken();
            return token == null ? 0 : token.position().orElse(0);
        };
    }

    @Bean
    @ConditionalOnMissingBean
    public Replays replays(ProcessorStatuses statuses, ProcessorFailures failures, ProcessorResets resets) {
        return new Replays(statuses, failures, resets);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProcessorsEndpoint processorsEndpoint(ProcessorStatuses statuses, Replays replays) {
        return new ProcessorsEndpoint(statuses, replays);
    }

    @Bean(name = "processorsHealthContributor")
    @ConditionalOnMissingBean(name = "processorsHealthContributor")
    public ProcessorsHealth processorsHealthContributor(ProcessorStatuses statuses) {
        return new ProcessorsHealth(statuses);
    }

    @Bean
    public ProcessorMetrics eventProcessorMetrics(ProcessorStatuses statuses, ObjectProvider<MeterRegistry> registry) {
        return new ProcessorMetrics(statuses, registry);
    }
}
