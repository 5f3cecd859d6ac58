package org.lis.engagement.partner.query;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.lis.engagement.partner.query.PartnerFields.ClassificationFields;
import org.lis.engagement.partner.query.PartnerFields.HistoryFields;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.PartnerType;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

import static org.lis.engagement.StoredDates.date;

/** Reads the {@code partners} read model ({@link PartnerFields}) for WebFlux, without blocking. */
@Component
public class PartnerQueries {

    private final FreshCollection partners;
    private final HeldPartners held;

    public PartnerQueries(MongoDatabase database, FreshReads fresh, HeldPartners held) {
        this.partners = fresh.collection(database, PartnerProjection.COLLECTION, PartnerProjection.PROCESSING_GROUP);
        this.held = held;
    }

    /** A page of the partners the filter matches, from the list held in memory (off the event loop). */
    public Mono<PageResponse<PartnerSummary>> find(PartnerFilter filter, PageRequest page) {
        return Mono.fromCallable(() -> {
            List<PartnerSummary> matching = held.all().stream().map(PartnerTable.Listed::summary)
                    .filter(filter::matches).toList();
            List<PartnerSummary> items = page.offset() >= matching.size() ? List.of()
                    : matching.subList((int) page.offset(),
                    (int) Math.min(matching.size(), page.offset() + page.size()));
            return PageResponse.of(items, page, matching.size());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Empty when there is no such partner (one registered a moment ago is waited for). */
    public Mono<PartnerDetail> findById(String partnerId) {
        return partners.byId(partnerId).map(PartnerQueries::detail);
    }

    static PartnerSummary summary(Document doc) {
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
