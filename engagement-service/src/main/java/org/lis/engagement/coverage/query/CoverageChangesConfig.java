package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import org.lis.support.fresh.ChangeLogPruning;
import org.lis.support.fresh.FreshReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Prunes the notes of the coverage projections' writes that the held histories can no longer need. */
@Configuration
class CoverageChangesConfig {

    @Bean
    ChangeLogPruning coverageChangesPruning(MongoDatabase database, FreshReads fresh,
                                            @Value("${lis.coverage.max-catch-up}") long maxCatchUp,
                                            @Value("${lis.change-logs.prune-interval}") Duration every) {
        return new ChangeLogPruning(fresh, CoverageProjection.PROCESSING_GROUP, CoverageCollections.changes(database),
                maxCatchUp).start(every);
    }
}
