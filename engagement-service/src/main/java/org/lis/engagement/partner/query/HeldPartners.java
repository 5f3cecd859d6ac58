package org.lis.engagement.partner.query;

import com.mongodb.client.MongoDatabase;
import org.lis.support.fresh.FreshReads;
import org.lis.support.projection.AggregateChanges;
import org.lis.support.projection.ChangeLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The partner list held in memory by every instance and brought up to date at each read with the partners the
 * projection has changed since (their events' aggregates, noted in a {@link ChangeLog} by {@link AggregateChanges},
 * see {@link PartnerChangesConfig}).
 * The list's filters match partners' fields by no key, and a database without secondary indexes (the embedded one)
 * answered each filtered page by reading every partner twice: half a second at ten thousand partners.
 */
@Component
public class HeldPartners {

    /** Which partners each event of the group changed. */
    public static final String CHANGES = "partners_changes";

    private final FreshReads fresh;
    private final PartnerTable table;

    public HeldPartners(MongoDatabase database, FreshReads fresh,
                        @Value("${lis.partners.max-catch-up}") long maxCatchUp) {
        this.fresh = fresh;
        this.table = new PartnerTable(database.getCollection(PartnerProjection.COLLECTION),
                ChangeLog.of(database, CHANGES), maxCatchUp);
    }

    /** Every partner, in the list's order. Blocks. */
    List<PartnerTable.Listed> all() {
        var mark = fresh.watermark(PartnerProjection.PROCESSING_GROUP);
        synchronized (table) {
            return table.at(mark);
        }
    }
}
