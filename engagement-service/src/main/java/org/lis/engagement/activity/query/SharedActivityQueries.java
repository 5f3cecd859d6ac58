package org.lis.engagement.activity.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.partner.query.HistoryEntry;
import org.lis.engagement.partner.query.HistoryEntry.Correction;
import org.lis.engagement.partner.query.HistoryEntry.Present;
import org.lis.engagement.partner.query.HistoryEntry.Withdrawal;
import org.lis.engagement.partner.query.PartnerActivityQueries;
import org.lis.engagement.partner.query.PartnerFields;
import org.lis.engagement.partner.query.PartnerProjection;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.lis.engagement.StoredDates.date;

/**
 * Reads the {@code activities} read model ({@link ActivityFields}). Partners appear by their names as last
 * recorded, read from the register when the activity is read, so a renamed partner reads under its new name.
 */
@Component
public class SharedActivityQueries implements PartnerActivityQueries {

    private final FreshCollection activities;
    private final MongoCollection<Document> partners;

    public SharedActivityQueries(MongoDatabase database, FreshReads fresh) {
        this.activities = fresh.collection(database, ActivityProjection.COLLECTION, PartnerProjection.PROCESSING_GROUP);
        this.partners = database.getCollection(PartnerProjection.COLLECTION);
    }

    /** Empty when there is no such activity (one recorded a moment ago is waited for). */
    public Mono<ActivityDetail> find(String activityId) {
        return activities.byId(activityId)
                .flatMap(doc -> names(partnerIdsOf(List.of(doc))).map(names -> detail(doc, names)));
    }

    /** Activities naming the partner now, or of the programme, most recent first; both filters optional. */
    public Mono<PageResponse<ActivityDetail>> find(String partnerId, String programmeId, PageRequest page) {
        List<Bson> conditions = new ArrayList<>();
        if (partnerId != null && !partnerId.isBlank()) {
            conditions.add(Filters.eq(ActivityFields.PARTNER_IDS, partnerId.strip()));
        }
        if (programmeId != null && !programmeId.isBlank()) {
            conditions.add(Filters.eq(ActivityFields.PROGRAMME_ID, programmeId.strip()));
        }
        Bson query = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        MongoCollection<Document> all = activities.documents();
        return Pages.read(all.find(query).sort(Sorts.orderBy(Sorts.descending(ActivityFields.OCCURRED_ON),
                        Sorts.ascending("_id"))), all.countDocuments(query), page, doc -> doc)
                .flatMap(docs -> names(partnerIdsOf(docs.items())).map(names -> new PageResponse<>(
                        docs.items().stream().map(doc -> detail(doc, names)).toList(), docs.page(), docs.size(),
                        docs.total())));
    }

    @Override
    public Mono<List<HistoryEntry>> activitiesOf(String partnerId) {
        return Flux.from(activities.documents().find(Filters.eq(ActivityFields.EVER_PARTNER_IDS, partnerId)))
                .collectList()
                .flatMap(docs -> names(partnerIdsOf(docs)).map(names -> docs.stream()
                        .map(doc -> entry(doc, partnerId, names)).toList()));
    }

    private static HistoryEntry entry(Document doc, String partnerId, Map<String, String> names) {
        List<String> ids = doc.getList(ActivityFields.PARTNER_IDS, String.class, List.of());
        List<Present> others = ids.stream().filter(id -> !id.equals(partnerId)).map(id -> present(id, names)).toList();
        return HistoryEntry.sharedActivity(date(doc, ActivityFields.OCCURRED_ON), doc.getString("_id"),
                ActivityKind.valueOf(doc.getString(ActivityFields.KIND)), doc.getString(ActivityFields.SUMMARY),
                doc.getString(ActivityFields.PROGRAMME_ID), themes(doc), others, doc.getString(ActivityFields.STATUS),
                corrections(doc), withdrawal(doc), !ids.contains(partnerId));
    }

    private static ActivityDetail detail(Document doc, Map<String, String> names) {
        Document original = doc.get(ActivityFields.ORIGINAL, Document.class);
        Number version = doc.get(ActivityFields.VERSION, Number.class);
        return new ActivityDetail(doc.getString("_id"), ActivityKind.valueOf(doc.getString(ActivityFields.KIND)),
                date(doc, ActivityFields.OCCURRED_ON), doc.getString(ActivityFields.SUMMARY),
                doc.getString(ActivityFields.PROGRAMME_ID), themes(doc),
                doc.getList(ActivityFields.PARTNER_IDS, String.class, List.of()).stream()
                        .map(id -> present(id, names)).toList(),
                doc.getString(ActivityFields.STATUS), doc.getDate(ActivityFields.RECORDED_AT).toInstant(),
                new ActivityDetail.Original(ActivityKind.valueOf(original.getString(ActivityFields.KIND)),
                        date(original, ActivityFields.OCCURRED_ON), original.getString(ActivityFields.SUMMARY),
                        themes(original), original.getList(ActivityFields.PARTNER_IDS, String.class, List.of())),
                corrections(doc), withdrawal(doc), version == null ? 0L : version.longValue());
    }

    private static List<Correction> corrections(Document doc) {
        return doc.getList(ActivityFields.CORRECTIONS, Document.class, List.of()).stream()
                .map(c -> new Correction(c.getDate(ActivityFields.AT).toInstant(), c.getString(ActivityFields.REASON),
                        ActivityKind.valueOf(c.getString(ActivityFields.KIND)), date(c, ActivityFields.OCCURRED_ON),
                        c.getString(ActivityFields.SUMMARY), themes(c),
                        c.getList(ActivityFields.PARTNER_IDS, String.class, List.of()),
                        c.getList(ActivityFields.PREVIOUS_PARTNER_IDS, String.class, List.of())))
                .toList();
    }

    private static Withdrawal withdrawal(Document doc) {
        Document w = doc.get(ActivityFields.WITHDRAWAL, Document.class);
        if (w == null) {
            return null;
        }
        Date at = w.getDate(ActivityFields.AT);
        return new Withdrawal(at == null ? null : at.toInstant(), w.getString(ActivityFields.REASON));
    }

    private static Present present(String partnerId, Map<String, String> names) {
        return new Present(partnerId, names.getOrDefault(partnerId, partnerId));
    }

    private static List<Theme> themes(Document doc) {
        return doc.getList(ActivityFields.THEMES, String.class, List.of()).stream().map(Theme::valueOf).toList();
    }

    private static Set<String> partnerIdsOf(Collection<Document> docs) {
        Set<String> ids = new LinkedHashSet<>();
        docs.forEach(doc -> ids.addAll(doc.getList(ActivityFields.EVER_PARTNER_IDS, String.class, List.of())));
        return ids;
    }

    private Mono<Map<String, String>> names(Set<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Flux.from(partners.find(Filters.in("_id", partnerIds)).projection(Projections.include(PartnerFields.NAME)))
                .collectMap(doc -> doc.getString("_id"), doc -> doc.getString(PartnerFields.NAME));
    }
}
