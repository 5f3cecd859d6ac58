package org.lis.engagement.config;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.lis.engagement.partner.command.Partner;
import org.lis.engagement.programme.command.Programme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partner and programme aggregates, each loading only its own type's events and cached apart. Both
 * services share one event store, and a cache is keyed by aggregate id alone: a command sent to another
 * aggregate's id (a programme's to the partner endpoints, a partner's to a programme, a workshop's) would
 * otherwise find that aggregate in the cache or replay its events, and fail as a server error or append
 * under the wrong id; this way it finds nothing (404). Registered here rather than with
 * {@code @Aggregate}, whose {@code filterEventsByType} Axon 4.13's Spring lookup does not pass on.
 */
@Configuration
class AggregateConfig {

    @Bean
    ConfigurerModule partnerAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Partner.class)
                .configureCache(configuration -> new WeakReferenceCache())
                .configureFilterEventsByType(configuration -> true));
    }

    @Bean
    ConfigurerModule programmeAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Programme.class)
                .configureCache(configuration -> new WeakReferenceCache())
                .configureFilterEventsByType(configuration -> true));
    }
}
