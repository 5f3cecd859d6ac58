package org.lis.engagement.partner.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.partner.query.PartnerFields.ClassificationFields;
import org.lis.engagement.partner.query.PartnerFields.HistoryFields;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.PartnerType;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.lis.engagement.StoredDates.date;

/** Reads the {@code partners} read model ({@link PartnerFields}) for WebFlux, without blocking. */
@Component
public class PartnerQueries {

    private final FreshCollection partners;

    public PartnerQueries(MongoDatabase database, FreshReads fresh) {
        this.partners = fresh.collection(database, PartnerProjection.COLLECTION, PartnerProjection.PROCESSING_GROUP);
    }

    public Mono<PageResponse<PartnerSummary>> find(PartnerFilter filter, PageRequest page) {
        Bson query = query(filter);
        MongoCollection<Document> all = partners.documents();
        return Pages.read(all.find(query).sort(Sorts.ascending(PartnerFields.NAME_KEY, "_id")), all.countDocuments(query),
                page, PartnerQueries::summary);
    }

    /** Empty when there is no such partner (one registered a moment ago is waited for). */
    public Mono<PartnerDetail> findById(String partnerId) {
        return partners.byId(partnerId).map(PartnerQueries::detail);
    }

    private static Bson query(PartnerFilter f) {
        List<Bson> conditions = new ArrayList<>();
        if (f.type() != null) {
            conditions.add(Filters.eq(ClassificationFields.TYPE, f.type().name()));
        }
        if (f.sector() != null && !f.sector().isBlank()) {
            conditions.add(Filters.eq(ClassificationFields.SECTORS, f.sector().strip().toLowerCase(Locale.ROOT)));
        }
        if (f.theme() != null) {
            conditions.add(Filters.eq(ClassificationFields.THEMES, f.theme().name()));
        }
        if (f.district() != null && !f.district().isBlank()) {
            conditions.add(Filters.regex(ClassificationFields.DISTRICT,
                    Pattern.compile("^" + Pattern.quote(f.district().strip()) + "$", Pattern.CASE_INSENSITIVE)));
        }
        if (f.keyPartner() != null) {
            conditions.add(Filters.eq(ClassificationFields.KEY_PARTNER, f.keyPartner()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            conditions.add(Filters.regex(PartnerFields.NAME,
                    Pattern.compile(Pattern.quote(f.q().strip()), Pattern.CASE_INSENSITIVE)));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }

    private static PartnerSummary summary(Document doc) {
        return new PartnerSummary(doc.getString("_id"), doc.getString(PartnerFields.NAME), type(doc), sectors(doc),
                themes(doc, ClassificationFields.THEMES), doc.getString(ClassificationFields.DISTRICT),
                doc.getBoolean(ClassificationFields.KEY_PARTNER, false), date(doc, ClassificationFields.EFFECTIVE_ON), version(doc));
    }

    private static PartnerDetail detail(Document doc) {
        List<HistoryEntry> history = doc.getList(PartnerFields.HISTORY, Document.class, List.of()).stream()
                .map(PartnerQueries::historyEntry).toList();
        List<ClassificationView> classifications = doc.getList(PartnerFields.CLASSIFICATIONS, Document.class, List.of())
                .stream()
                .map(c -> new ClassificationView(date(c, ClassificationFields.EFFECTIVE_ON), type(c), sectors(c),
                        themes(c, ClassificationFields.THEMES), c.getString(ClassificationFields.DISTRICT),
                        c.getBoolean(ClassificationFields.KEY_PARTNER, false)))
                .toList();
        return new PartnerDetail(doc.getString("_id"), doc.getString(PartnerFields.NAME), type(doc), sectors(doc),
                themes(doc, ClassificationFields.THEMES), doc.getString(ClassificationFields.DISTRICT),
                doc.getBoolean(ClassificationFields.KEY_PARTNER, false), date(doc, ClassificationFields.EFFECTIVE_ON),
                date(doc, PartnerFields.REGISTERED_ON), version(doc), EngagementLevel.NONE, history, classifications,
                null);
    }

    private static HistoryEntry historyEntry(Document h) {
        if (HistoryFields.ACTIVITY.equals(h.getString(HistoryFields.KIND))) {
            return HistoryEntry.activity(date(h, HistoryFields.ON), h.getString(HistoryFields.ACTIVITY_ID),
                    ActivityKind.valueOf(h.getString(HistoryFields.ACTIVITY_KIND)), h.getString(HistoryFields.SUMMARY),
                    h.getString(HistoryFields.PROGRAMME_ID), themes(h, HistoryFields.THEMES));
        }
        return HistoryEntry.profile(h.getString(HistoryFields.KIND), date(h, HistoryFields.ON), h.getString(HistoryFields.NAME));
    }

    private static PartnerType type(Document classification) {
        return PartnerType.valueOf(classification.getString(ClassificationFields.TYPE));
    }

    private static List<String> sectors(Document classification) {
        return classification.getList(ClassificationFields.SECTORS, String.class);
    }

    private static List<Theme> themes(Document doc, String field) {
        return doc.getList(field, String.class, List.of()).stream().map(Theme::valueOf).toList();
    }

    private static long version(Document doc) {
        Number version = doc.get(PartnerFields.VERSION, Number.class);
        return version == null ? 0L : version.longValue();
    }
}
