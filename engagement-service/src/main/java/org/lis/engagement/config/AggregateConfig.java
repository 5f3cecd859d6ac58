package org.lis.engagement.config;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.lis.engagement.partner.command.Partner;
import org.lis.engagement.programme.command.Programme;
import org.lis.support.axon.LisAxonProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partner and programme aggregates, each loading only its own type's events and cached apart. Both
 * services share one event store, and a cache is keyed by aggregate id alone: a command sent to another
 * aggregate's id (a programme's to the partner endpoints, a partner's to a programme, a workshop's) would
 * otherwise find that aggregate in the cache or replay its events, and fail as a server error or append
 * under the wrong id; this way it finds nothing (404). Registered here rather than with
 * {@code @Aggregate}, whose {@code filterEventsByType} Axon 4.13's Spring lookup does not pass on.
 * <p>
 * A partner gathers an event for every profile change, contact and activity over the years, so it is
 * snapshotted every {@code lis.axon.snapshot-threshold} events; a load then reads the snapshot and the
 * events after it. The trigger is built from Axon's configuration, whose snapshotter exists by then,
 * rather than from the snapshot trigger bean, which would need the snapshotter while it is being made.
 * A programme records two or three events in its life and is not snapshotted.
 */
@Configuration
class AggregateConfig {

    @Bean
    AggregateCaches aggregateCaches() {
        return new AggregateCaches();
    }

    /**
     * Spring's snapshotter knows aggregates by their factory beans only; one registered in Axon's
     * configuration alone is "unknown in this snapshotter" and never snapshotted.
     */
    @Bean
    AggregateFactory<Partner> partnerFactory() {
        return new GenericAggregateFactory<>(Partner.class);
    }

    @Bean
    ConfigurerModule partnerAggregate(AggregateCaches caches, AggregateFactory<Partner> partnerFactory,
                                      LisAxonProperties axon) {
        int threshold = axon.snapshotThreshold();
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Partner.class)
                .configureCache(configuration -> caches.partners())
                .configureFilterEventsByType(configuration -> true)
                .configureAggregateFactory(configuration -> partnerFactory)
                .configureSnapshotTrigger(configuration ->
                        new EventCountSnapshotTriggerDefinition(configuration.snapshotter(), threshold)));
    }

    @Bean
    ConfigurerModule programmeAggregate(AggregateCaches caches) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Programme.class)
                .configureCache(configuration -> caches.programmes())
                .configureFilterEventsByType(configuration -> true));
    }
}
