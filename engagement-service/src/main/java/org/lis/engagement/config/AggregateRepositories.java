package org.lis.engagement.config;

import org.axonframework.modelling.command.Repository;
import org.lis.engagement.group.command.StandingGroup;
import org.lis.engagement.consultation.command.Consultation;
import org.lis.engagement.activity.command.Activity;
import org.lis.engagement.partner.command.Partner;
import org.lis.engagement.programme.command.Programme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The repositories Axon builds for the aggregates as {@link AggregateConfig} registers them (cached apart,
 * loading only their own type's events, the partner snapshotted), as beans for the command handlers that load
 * an aggregate themselves. Axon makes repository beans only for {@code @Aggregate} classes.
 */
@Configuration
class AggregateRepositories {

    @Bean
    Repository<Partner> partnerRepository(org.axonframework.config.Configuration axon) {
        return axon.repository(Partner.class);
    }

    @Bean
    Repository<Activity> activityRepository(org.axonframework.config.Configuration axon) {
        return axon.repository(Activity.class);
    }

    @Bean
    Repository<Programme> programmeRepository(org.axonframework.config.Configuration axon) {
        return axon.repository(Programme.class);
    }

    @Bean
    Repository<StandingGroup> standingGroupRepository(org.axonframework.config.Configuration axon) {
        return axon.repository(StandingGroup.class);
    }

    @Bean
    Repository<Consultation> consultationRepository(org.axonframework.config.Configuration axon) {
        return axon.repository(Consultation.class);
    }
}
