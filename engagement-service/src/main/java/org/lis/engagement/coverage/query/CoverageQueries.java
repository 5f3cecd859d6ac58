package org.lis.engagement.coverage.query;

import org.lis.support.fresh.FreshReads;
import org.lis.engagement.EngagementError;
import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;
import org.lis.support.web.TimeParameters;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads a programme's coverage history and resolves the board's as-of parameters: {@code asOf} a date,
 * {@code adoption} (the programme's adoption date: coverage "before adoption"), or today; {@code recordedBy}
 * an instant, or now.
 */
@Component
public class CoverageQueries {

    /** The {@code asOf} value that means the programme's adoption date. */
    public static final String AS_OF_ADOPTION = "adoption";

    private final CoverageHistoryCache histories;
    private final FreshReads fresh;
    private final Clock clock;

    public CoverageQueries(CoverageHistoryCache histories, FreshReads fresh, Clock clock) {
        this.histories = histories;
        this.fresh = fresh;
        this.clock = clock;
    }

    /**
     * The programme's history, or 404 when no programme has that id (one defined a moment ago is waited for).
     * Delivered on the {@link CoverageComputation} workers, so that what the caller computes from it, and the
     * writing of the answer, stay off the event loop.
     */
    public Mono<CoverageHistory> history(String programmeId) {
        return fresh.read(CoverageProjection.PROCESSING_GROUP, () -> Mono.fromCallable(() ->
                        histories.forProgramme(programmeId).orElse(null)).subscribeOn(CoverageComputation.SCHEDULER))
                .switchIfEmpty(Mono.error(() -> new DomainException(
                        EngagementError.PROGRAMME_NOT_FOUND, "No programme with id " + programmeId)))
                .publishOn(CoverageComputation.SCHEDULER);
    }

    /**
     * The partners' standings in the history as of {@code asOf}, recorded by {@code recordedBy}: today's as kept,
     * any others computed on {@link CoverageComputation#ANOTHER_DAY}.
     */
    public Mono<List<PartnerStanding>> standings(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return histories.keptStandings(history, asOf, recordedBy).map(Mono::just)
                .orElseGet(() -> Mono.fromCallable(() -> StandingCalculator.standings(history, asOf, recordedBy))
                        .subscribeOn(CoverageComputation.ANOTHER_DAY));
    }

    /** The tally of {@link #standings} for readiness: today's as kept, any other from the standings computed. */
    public Mono<StandingTally> tally(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return histories.keptTally(history, asOf, recordedBy).map(Mono::just)
                .orElseGet(() -> standings(history, asOf, recordedBy).map(StandingTally::of));
    }

    /** {@code adoption} counts once recorded by {@code recordedBy}, like every other fact. */
    public LocalDate asOf(String asOf, CoverageHistory history, Instant recordedBy) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        if (AS_OF_ADOPTION.equalsIgnoreCase(asOf.strip())) {
            ProgrammeInfo.Adoption adoption = history.programme().adoptionKnownBy(recordedBy);
            if (adoption == null) {
                throw new DomainException(EngagementError.NOT_ADOPTED, "asOf=adoption: programme "
                        + history.programme().id() + " is not adopted as recorded by " + recordedBy);
            }
            return adoption.adoptedOn();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(InputError.INVALID_PARAMETER, "asOf",
                    "asOf must be a date (YYYY-MM-DD), 'adoption' or 'consultation:{id}', got " + asOf);
        }
    }

    public Instant recordedBy(String recordedBy) {
        Instant given = TimeParameters.instant("recordedBy", recordedBy);
        return given == null ? clock.instant() : given;
    }

    public static GroupBy groupBy(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return GroupBy.TYPE;
        }
        try {
            return GroupBy.valueOf(groupBy.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException(InputError.INVALID_PARAMETER, "groupBy",
                    "groupBy must be one of TYPE, SECTOR, THEME, DISTRICT, PHASE, got " + groupBy);
        }
    }
}
