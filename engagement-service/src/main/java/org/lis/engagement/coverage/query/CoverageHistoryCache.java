package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import org.lis.support.fresh.FreshReads;
import org.lis.support.fresh.Watermark;
import org.lis.support.projection.ChangeLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each programme's coverage history, held in memory by every instance and brought up to date at each read with
 * what the coverage projection has written since (its {@link ChangeLog}, read by event index up to where the
 * processor's segments stand). Coverage, readiness and the trend then cost their computation only: reading a
 * whole programme's history took seconds at ten thousand partners. Being read after the positions, a history is
 * never older than the read model was at that moment, so it answers what reading the collections would have.
 */
@Component
public class CoverageHistoryCache {

    private final MongoDatabase database;
    private final FreshReads fresh;
    private final ChangeLog changes;
    private final long maxCatchUp;
    private final Clock clock;
    private final Map<String, HeldHistory> held = new ConcurrentHashMap<>();

    public CoverageHistoryCache(MongoDatabase database, FreshReads fresh, Clock clock,
                                @Value("${lis.coverage.max-catch-up}") long maxCatchUp) {
        this.database = database;
        this.fresh = fresh;
        this.clock = clock;
        this.changes = CoverageCollections.changes(database);
        this.maxCatchUp = maxCatchUp;
    }

    /**
     * The programme's history read whole from the collections, as the cache reads it the first time; nothing is
     * kept (tests compare what the cache holds with it). Blocks.
     */
    public static Optional<CoverageHistory> readWhole(MongoDatabase database, String programmeId) {
        return new HeldHistory(programmeId, database, CoverageCollections.changes(database), 0).at(null);
    }

    /** The programme's history, empty when the coverage projection does not know it. Blocks. */
    public Optional<CoverageHistory> forProgramme(String programmeId) {
        Watermark mark = fresh.watermark(CoverageProjection.PROCESSING_GROUP);
        HeldHistory history = held.get(programmeId);
        if (history == null) {
            history = new HeldHistory(programmeId, database, changes, maxCatchUp);
        }
        Optional<CoverageHistory> answer;
        synchronized (history) {
            answer = history.at(mark);
        }
        if (answer.isPresent()) {
            held.putIfAbsent(programmeId, history);
        }
        return answer;
    }

    /**
     * The partners' standings in {@code history} as of {@code asOf}, recorded by {@code recordedBy}, if they are
     * kept: today's, brought up to date from one read to the next, when {@code history} is the one held now. Empty
     * otherwise (another date, an earlier recorded-by instant, a history read before the one held now).
     */
    public Optional<List<PartnerStanding>> keptStandings(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return kept(history, asOf, held -> held.standings(history, asOf, recordedBy));
    }

    /** The tally of {@link #keptStandings}, on the same terms. */
    public Optional<StandingTally> keptTally(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return kept(history, asOf, held -> held.tally(history, asOf, recordedBy));
    }

    private <T> Optional<T> kept(CoverageHistory history, LocalDate asOf, Function<HeldHistory, Optional<T>> read) {
        HeldHistory current = history.programme() == null ? null : held.get(history.programme().id());
        if (current != null && asOf.equals(LocalDate.now(clock))) {
            synchronized (current) {
                return read.apply(current);
            }
        }
        return Optional.empty();
    }
}
