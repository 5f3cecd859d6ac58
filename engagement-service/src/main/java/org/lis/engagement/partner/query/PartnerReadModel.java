package org.lis.engagement.partner.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.PartnerType;
import org.lis.support.fresh.FreshReads;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the {@code partners} read model for WebFlux, without blocking. */
@Component
public class PartnerReadModel {

    private final MongoCollection<Document> partners;
    private final FreshReads fresh;

    public PartnerReadModel(MongoDatabase database, FreshReads fresh) {
        this.fresh = fresh;
        this.partners = database.getCollection(PartnerProjection.COLLECTION);
    }

    public Mono<PageResponse<PartnerSummary>> find(PartnerFilter filter, PageRequest page) {
        Bson query = query(filter);
        return Pages.read(partners.find(query).sort(Sorts.ascending("nameKey", "_id")), partners.countDocuments(query),
                page, PartnerReadModel::summary);
    }

    /** Empty when there is no such partner (one registered a moment ago is waited for). */
    public Mono<PartnerDetail> findById(String partnerId) {
        return fresh.read(PartnerProjection.PROCESSING_GROUP, () -> Mono.from(partners.find(Filters.eq("_id", partnerId)).first()))
                .map(PartnerReadModel::detail);
    }

    private static Bson query(PartnerFilter f) {
        List<Bson> conditions = new ArrayList<>();
        if (f.type() != null) {
            conditions.add(Filters.eq("type", f.type().name()));
        }
        if (f.sector() != null && !f.sector().isBlank()) {
            conditions.add(Filters.eq("sectors", f.sector().strip().toLowerCase(Locale.ROOT)));
        }
        if (f.theme() != null) {
            conditions.add(Filters.eq("themes", f.theme().name()));
        }
        if (f.district() != null && !f.district().isBlank()) {
            conditions.add(Filters.regex("district",
                    Pattern.compile("^" + Pattern.quote(f.district().strip()) + "$", Pattern.CASE_INSENSITIVE)));
        }
        if (f.keyPartner() != null) {
            conditions.add(Filters.eq("keyPartner", f.keyPartner()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            conditions.add(Filters.regex("name", Pattern.compile(Pattern.quote(f.q().strip()), Pattern.CASE_INSENSITIVE)));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }

    private static PartnerSummary summary(Document doc) {
        return new PartnerSummary(doc.getString("_id"), doc.getString("name"), PartnerType.valueOf(doc.getString("type")),
                doc.getList("sectors", String.class), themes(doc), doc.getString("district"),
                doc.getBoolean("keyPartner", false), date(doc, "effectiveOn"), version(doc));
    }

    private static PartnerDetail detail(Document doc) {
        List<HistoryEntry> history = doc.getList("history", Document.class, List.of()).stream()
                .map(PartnerReadModel::historyEntry).toList();
        List<ClassificationView> classifications = doc.getList("classifications", Document.class, List.of()).stream()
                .map(c -> new ClassificationView(date(c, "effectiveOn"), PartnerType.valueOf(c.getString("type")),
                        c.getList("sectors", String.class), themes(c), c.getString("district"),
                        c.getBoolean("keyPartner", false)))
                .toList();
        return new PartnerDetail(doc.getString("_id"), doc.getString("name"), PartnerType.valueOf(doc.getString("type")),
                doc.getList("sectors", String.class), themes(doc), doc.getString("district"),
                doc.getBoolean("keyPartner", false), date(doc, "effectiveOn"), date(doc, "registeredOn"), version(doc),
                EngagementLevel.NONE, history, classifications, null);
    }

    private static HistoryEntry historyEntry(Document h) {
        if ("ACTIVITY".equals(h.getString("kind"))) {
            return HistoryEntry.activity(date(h, "on"), h.getString("activityId"),
                    ActivityKind.valueOf(h.getString("activityKind")), h.getString("summary"),
                    h.getString("programmeId"), themes(h));
        }
        return HistoryEntry.profile(h.getString("kind"), date(h, "on"), h.getString("name"));
    }

    private static List<Theme> themes(Document doc) {
        return doc.getList("themes", String.class, List.of()).stream().map(Theme::valueOf).toList();
    }

    private static LocalDate date(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static long version(Document doc) {
        Number version = doc.get("version", Number.class);
        return version == null ? 0L : version.longValue();
    }
}
