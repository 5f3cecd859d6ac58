package org.lis.workshop.config;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.modelling.command.Repository;
import org.lis.support.axon.LisAxonProperties;
import org.lis.workshop.hypothesis.command.Hypothesis;
import org.lis.workshop.workshop.command.Workshop;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workshop and hypothesis aggregates, each cached apart and loading only its own type's events. Hypotheses,
 * workshops, partners and programmes share the event store, so a command sent to another aggregate's id would
 * otherwise replay its events (or find it in the cache) and fail as a server error; this way it finds nothing
 * (404). Registered here rather than with {@code @Aggregate}, whose {@code filterEventsByType} Axon 4.13's
 * Spring lookup does not pass on.
 */
@Configuration
class WorkshopAggregateConfig {

    @Bean
    AggregateCaches aggregateCaches() {
        return new AggregateCaches(new WeakReferenceCache(), new WeakReferenceCache());
    }

    /**
     * A workshop gathers an event for every invitation, answer, check-in and feedback, so it is snapshotted
     * every {@code lis.axon.snapshot-threshold} events: loading it after a restart or a cache eviction then
     * reads the snapshot and the few events since, not the whole history. It has a snapshotter of its own,
     * because the application's snapshotter knows only {@code @Aggregate} beans and refuses an aggregate
     * registered here as of an unknown type.
     */
    @Bean
    ConfigurerModule workshopAggregate(AggregateCaches caches, LisAxonProperties axon) {
        AggregateConfigurer<Workshop> workshops = AggregateConfigurer.defaultConfiguration(Workshop.class);
        return configurer -> configurer.configureAggregate(workshops
                .configureCache(configuration -> caches.workshops())
                .configureFilterEventsByType(configuration -> true)
                .configureSnapshotTrigger(configuration -> new EventCountSnapshotTriggerDefinition(
                        AggregateSnapshotter.builder()
                                .eventStore(configuration.eventStore())
                                .aggregateFactories(workshops.aggregateFactory())
                                .parameterResolverFactory(configuration.parameterResolverFactory())
                                .handlerDefinition(configuration.handlerDefinition(Workshop.class))
                                .build(),
                        axon.snapshotThreshold())));
    }

    @Bean
    ConfigurerModule hypothesisAggregate(AggregateCaches caches) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Hypothesis.class)
                .configureCache(configuration -> caches.hypotheses())
                .configureFilterEventsByType(configuration -> true));
    }

    /** The repositories the command handlers create and load these aggregates with, as configured above. */
    @Bean
    Repository<Workshop> workshopRepository(org.axonframework.config.Configuration axon) {
        return axon.repository(Workshop.class);
    }

    @Bean
    Repository<Hypothesis> hypothesisRepository(org.axonframework.config.Configuration axon) {
        return axon.repository(Hypothesis.class);
    }
}
