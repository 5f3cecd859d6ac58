package org.lis.engagement.activity.query;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.partner.query.PartnerFields;
import org.lis.engagement.partner.query.PartnerFields.HistoryFields;
import org.lis.engagement.partner.query.PartnerProjection;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads one activity from the partner register, whose history already holds every activity with what
 * took place: a collection of its own would only repeat it.
 */
@Component
public class ActivityQueries {

    private final FreshCollection partners;

    public ActivityQueries(MongoDatabase database, FreshReads fresh) {
        this.partners = fresh.collection(database, PartnerProjection.COLLECTION, PartnerProjection.PROCESSING_GROUP);
    }

    /** Whether an activity with this id was recorded on its partner, the way activities were before corrections. */
    public Mono<Boolean> recordedOnAPartner(String activityId) {
        Bson entry = Filters.and(Filters.eq(HistoryFields.KIND, HistoryFields.ACTIVITY),
                Filters.eq(HistoryFields.ACTIVITY_ID, activityId));
        return Mono.from(partners.documents().find(Filters.elemMatch(PartnerFields.HISTORY, entry)).first()).hasElement();
    }

    /** Empty when the partner is unknown or has no such activity (one recorded a moment ago is waited for). */
    public Mono<ActivityView> find(String partnerId, String activityId) {
        Bson entry = Filters.and(Filters.eq(HistoryFields.KIND, HistoryFields.ACTIVITY),
                Filters.eq(HistoryFields.ACTIVITY_ID, activityId));
        return partners.first(Filters.and(Filters.eq("_id", partnerId), Filters.elemMatch(PartnerFields.HISTORY, entry)))
                .flatMap(partner -> Mono.justOrEmpty(partner.getList(PartnerFields.HISTORY, Document.class, List.of())
                        .stream()
                        .filter(h -> HistoryFields.ACTIVITY.equals(h.getString(HistoryFields.KIND))
                                && activityId.equals(h.getString(HistoryFields.ACTIVITY_ID)))
                        .findFirst()))
                .map(h -> new ActivityView(activityId, partnerId, ActivityKind.valueOf(h.getString(HistoryFields.ACTIVITY_KIND)),
                        LocalDate.parse(h.getString(HistoryFields.ON)), h.getString(HistoryFields.SUMMARY),
                        h.getString(HistoryFields.PROGRAMME_ID),
                        h.getList(HistoryFields.THEMES, String.class, List.of()).stream().map(Theme::valueOf).toList()));
    }
}
