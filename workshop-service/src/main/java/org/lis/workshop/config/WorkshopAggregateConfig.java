package org.lis.workshop.config;

import org.axonframework.modelling.command.Repository;
import org.lis.support.axon.AggregateRegistration;
import org.lis.support.axon.LisAxonProperties;
import org.lis.workshop.hypothesis.command.Hypothesis;
import org.lis.workshop.schedule.command.Workshop;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workshop and hypothesis aggregates, each loading only its own type's events and cached apart (see
 * {@link AggregateRegistration}). A workshop gathers an event for every invitation, answer, check-in and
 * feedback, so it is snapshotted; a hypothesis is not.
 */
@Configuration
class WorkshopAggregateConfig {

    @Bean
    AggregateRegistration<Workshop> workshopAggregate(LisAxonProperties axon) {
        return AggregateRegistration.snapshotted(Workshop.class, axon);
    }

    @Bean
    AggregateRegistration<Hypothesis> hypothesisAggregate() {
        return AggregateRegistration.of(Hypothesis.class);
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
