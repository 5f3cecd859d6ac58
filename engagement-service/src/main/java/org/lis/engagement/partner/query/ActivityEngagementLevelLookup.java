package org.lis.engagement.partner.query;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Mono;

/** ENGAGED when the partner took part in any recorded activity, otherwise NONE. */
public class ActivityEngagementLevelLookup implements EngagementLevelLookup {

    private final MongoDatabase database;

    public ActivityEngagementLevelLookup(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Mono<EngagementLevel> levelOf(String partnerId) {
        return Mono.from(database.getCollection(PartnerProjection.COLLECTION)
                        .find(Filters.and(Filters.eq("_id", partnerId), Filters.gt("activityCount", 0)))
                        .first())
                .map(found -> EngagementLevel.ENGAGED)
                .defaultIfEmpty(EngagementLevel.NONE);
    }
}
