package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import org.lis.support.projection.ChangeLog;

/** The collections the coverage projections (processing group {@code coverage}) keep in the engagement database. */
public final class CoverageCollections {

    /** One document per registration or update of a partner: the dated classification history. */
    public static final String PARTNER_VERSIONS = "coverage_partner_versions";
    /** One document per engagement event (invitation, RSVP, attendance, activity, feedback...). */
    public static final String FACTS = "coverage_facts";
    public static final String WORKSHOPS = "coverage_workshops";
    public static final String PROGRAMMES = "coverage_programmes";
    public static final String HYPOTHESES = "coverage_hypotheses";
    /** Which of the documents above each event changed (see CoverageHistoryCache). */
    public static final String CHANGES = "coverage_changes";

    /** The log the coverage projections note their writes in. */
    static ChangeLog changes(MongoDatabase database) {
        return ChangeLog.of(database, CHANGES);
    }

    private CoverageCollections() {
    }
}
