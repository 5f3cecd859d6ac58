package org.lis.workshop.config;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
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

    @Bean
    ConfigurerModule workshopAggregate(AggregateCaches caches) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Workshop.class)
                .configureCache(configuration -> caches.workshops())
                .configureFilterEventsByType(configuration -> true));
    }

    @Bean
    ConfigurerModule hypothesisAggregate(AggregateCaches caches) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Hypothesis.class)
                .configureCache(configuration -> caches.hypotheses())
                .configureFilterEventsByType(configuration -> true));
    }
}
