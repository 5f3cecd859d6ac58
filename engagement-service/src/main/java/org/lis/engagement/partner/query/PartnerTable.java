package org.lis.engagement.partner.query;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.lis.support.fresh.HeldReadModel;
import org.lis.support.fresh.Watermark;
import org.lis.support.projection.ChangeLog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static com.mongodb.client.model.Filters.in;

/**
 * The partners read model as the list shows it, one summary a partner in the list's order (name, then id), held in
 * memory; {@link HeldPartners} holds its lock while using it.
 */
final class PartnerTable extends HeldReadModel {

    private static final Comparator<Listed> LIST_ORDER =
            Comparator.comparing(Listed::nameKey, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                    .thenComparing(Listed::id);

    private final MongoCollection<Document> partners;
    private final Map<String, Listed> byId = new HashMap<>();
    private final TreeSet<Listed> sorted = new TreeSet<>(LIST_ORDER);
    private List<Listed> inOrder = List.of();

    PartnerTable(MongoCollection<Document> partners, ChangeLog changes, long maxCatchUp) {
        super(changes, maxCatchUp);
        this.partners = partners;
    }

    /** Every partner, in the list's order, as written up to {@code mark} at least. */
    List<Listed> at(Watermark mark) {
        if (bringTo(mark)) {
            inOrder = List.copyOf(sorted);
        }
        return inOrder;
    }

    @Override
    protected void readAll() {
        byId.clear();
        sorted.clear();
        partners.find().forEach(this::keep);
    }

    @Override
    protected void catchUp(List<ChangeLog.Change> changed) {
        List<Object> ids = changed.stream().filter(c -> c.collection().equals(PartnerProjection.COLLECTION))
                .map(ChangeLog.Change::id).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> {
            Listed before = byId.remove(id);
            if (before != null) {
                sorted.remove(before);
            }
        });
        partners.find(in("_id", ids)).forEach(this::keep);
    }

    private void keep(Document partner) {
        Listed listed = new Listed(partner.getString("_id"), partner.getString(PartnerFields.NAME_KEY),
                PartnerQueries.summary(partner));
        Listed before = byId.put(listed.id(), listed);
        if (before != null) {
            sorted.remove(before);
        }
        sorted.add(listed);
    }

    /** A partner as the list shows it, with the key the list is ordered by. */
    record Listed(String id, String nameKey, PartnerSummary summary) {
    }
}
