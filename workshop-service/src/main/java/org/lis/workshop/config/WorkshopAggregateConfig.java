package org.lis.workshop.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.lis.support.axon.EventProcessingAutoConfiguration;
import org.lis.workshop.workshop.command.Workshop;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workshop aggregate, cached, loading only workshop events. Hypotheses, partners and programmes share the
 * event store, so a command sent to one of their ids would otherwise replay their events into a workshop and
 * fail as a server error; filtered, it finds no workshop (404). Registered here rather than with
 * {@code @Aggregate}, whose {@code filterEventsByType} Axon 4.13's Spring lookup does not pass on.
 */
@Configuration
class WorkshopAggregateConfig {

    @Bean
    ConfigurerModule workshopAggregate(@Qualifier(EventProcessingAutoConfiguration.AGGREGATE_CACHE) Cache cache) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Workshop.class)
                .configureCache(configuration -> cache)
                .configureFilterEventsByType(configuration -> true));
    }
}
