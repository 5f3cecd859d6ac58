package org.lis.engagement.partner.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.lis.engagement.partner.command.Partner;
import org.lis.support.fresh.ChangeLogPruning;
import org.lis.support.fresh.FreshReads;
import org.lis.support.projection.AggregateChanges;
import org.lis.support.projection.ChangeLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Notes, as the partner group handles each partner's event, that the partner's document changed, and prunes the
 * notes the held list can no longer need.
 */
@Configuration
class PartnerChangesConfig {

    @Bean
    ConfigurerModule partnerChanges(MongoDatabase database) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerHandlerInterceptor(
                PartnerProjection.PROCESSING_GROUP, configuration -> new AggregateChanges(
                        ChangeLog.of(database, HeldPartners.CHANGES), PartnerProjection.COLLECTION,
                        Partner.class.getSimpleName())));
    }

    @Bean
    ChangeLogPruning partnerChangesPruning(MongoDatabase database, FreshReads fresh,
                                           @Value("${lis.partners.max-catch-up}") long maxCatchUp,
                                           @Value("${lis.change-logs.prune-interval}") Duration every) {
        return new ChangeLogPruning(fresh, PartnerProjection.PROCESSING_GROUP,
                ChangeLog.of(database, HeldPartners.CHANGES), maxCatchUp).start(every);
    }
}
