package org.lis.engagement.config;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.lis.engagement.partner.query.ActivityEngagementLevelLookup;
import org.lis.engagement.partner.query.EngagementLevelLookup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The activities-only engagement level, used until another {@link EngagementLevelLookup} is declared
 * (as a scanned {@code @Component}, which is registered before this condition is evaluated).
 */
@Configuration
public class EngagementLevelConfig {

    @Bean
    @ConditionalOnMissingBean(EngagementLevelLookup.class)
    public EngagementLevelLookup activityEngagementLevelLookup(MongoDatabase database) {
        return new ActivityEngagementLevelLookup(database);
    }
}
