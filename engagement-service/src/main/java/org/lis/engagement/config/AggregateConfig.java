package org.lis.engagement.config;

import org.lis.engagement.group.command.StandingGroup;
import org.lis.engagement.consultation.command.Consultation;
import org.lis.engagement.activity.command.Activity;
import org.lis.engagement.partner.command.Partner;
import org.lis.engagement.programme.command.Programme;
import org.lis.support.axon.AggregateRegistration;
import org.lis.support.axon.LisAxonProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partner, programme and consultation aggregates, each loading only its own type's events and cached apart (see
 * {@link AggregateRegistration}). A partner gathers an event for every profile change, contact and activity
 * over the years, so it is snapshotted; a programme records two or three events in its life and is not.
 */
@Configuration
class AggregateConfig {

    @Bean
    AggregateRegistration<Partner> partnerAggregate(LisAxonProperties axon) {
        return AggregateRegistration.snapshotted(Partner.class, axon);
    }

    @Bean
    AggregateRegistration<Programme> programmeAggregate() {
        return AggregateRegistration.of(Programme.class);
    }

    @Bean
    AggregateRegistration<StandingGroup> standingGroupAggregate() {
        return AggregateRegistration.of(StandingGroup.class);
    }

    /** A window and its responses: a few dozen events, not snapshotted. */
    @Bean
    AggregateRegistration<Consultation> consultationAggregate() {
        return AggregateRegistration.of(Consultation.class);
    }

    /** An activity is recorded, perhaps corrected once or twice, perhaps withdrawn: a short stream. */
    @Bean
    AggregateRegistration<Activity> activityAggregate() {
        return AggregateRegistration.of(Activity.class);
    }
}
