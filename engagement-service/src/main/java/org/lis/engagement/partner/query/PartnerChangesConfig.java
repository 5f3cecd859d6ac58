package org.lis.engagement.partner.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.lis.engagement.partner.command.Partner;
import org.lis.support.projection.AggregateChanges;
import org.lis.support.projection.ChangeLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Notes, as the partner group handles each partner's event, that the partner's document changed. */
@Configuration
class PartnerChangesConfig {

    @Bean
    ConfigurerModule partnerChanges(MongoDatabase database) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerHandlerInterceptor(
                PartnerProjection.PROCESSING_GROUP, configuration -> new AggregateChanges(
                        ChangeLog.of(database, HeldPartners.CHANGES), PartnerProjection.COLLECTION,
                        Partner.class.getSimpleName())));
    }
}
