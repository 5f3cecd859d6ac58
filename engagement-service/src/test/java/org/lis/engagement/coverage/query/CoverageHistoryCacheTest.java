package org.lis.engagement.coverage.query;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.lis.engagement.readiness.query.ReadinessCalculator;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.support.fresh.FreshReads;
import org.lis.support.fresh.Watermark;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.coverage.query.SmallHistory.A;
import static org.lis.engagement.coverage.query.SmallHistory.C;
import static org.lis.engagement.coverage.query.SmallHistory.P;
import static org.lis.engagement.coverage.query.SmallHistory.W1;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The history held in memory is the one read from the collections, whatever happened since it was first read:
 * new partners and facts, a workshop cancelled, an adoption, a segment that handled an event late, a replay.
 */
class CoverageHistoryCacheTest {

    @AutoClose
    private final CoverageTestBed bed = SmallHistory.recorded();
    private final FreshReads fresh = mock(FreshReads.class);
    private final List<GapAwareTrackingToken> segments = new ArrayList<>();
    private static final LocalDate TODAY = LocalDate.parse("2018-12-31");
    private static final Instant NOW = Instant.parse("2018-12-31T12:00:00Z");
    private final CoverageHistoryCache cache = new CoverageHistoryCache(bed.database(), fresh,
            Clock.fixed(NOW, ZoneOffset.UTC), 1_000);

    CoverageHistoryCacheTest() {
        when(fresh.watermark(CoverageProjection.PROCESSING_GROUP)).thenAnswer(call -> Watermark.of(segments, 0));
        segmentsAt(bed.lastIndex(), bed.lastIndex());
    }

    @Test
    void heldAsReadFromTheCollections() {
        assertSameAs(bed.history(P), held(P));
    }

    @Test
    void unchangedPositionsServeTheSameHistory() {
        CoverageHistory first = held(P);

        assertThat(held(P)).isSameAs(first);
    }

    @Test
    void keepsUpWithWhatIsWrittenAfter() {
        held(P);
        bed.record(new PartnerRegisteredEvent("p-f", "Zeta Ltd", new PartnerClassification(PartnerType.BUSINESS,
                List.of(), List.of(Theme.MOBILITY), "Wycombe", false), LocalDate.parse("2018-09-02")),
                "2018-09-02T09:00:00Z");
        bed.record(new ActivityRecordedEvent("act-9", List.of("p-f", C), ActivityKind.MEETING,
                LocalDate.parse("2018-09-03"), "Round table", P, List.of()), "2018-09-03T09:00:00Z");
        bed.record(new WorkshopCancelledEvent(W1, P, "Flooded", Instant.parse("2018-09-04T09:00:00Z")),
                "2018-09-04T09:00:00Z");
        bed.record(new ProgrammeAdoptedEvent(P, LocalDate.parse("2018-09-05"), null, List.of()),
                "2018-09-05T09:00:00Z");
        segmentsAt(bed.lastIndex(), bed.lastIndex());

        CoverageHistory held = held(P);

        assertSameAs(bed.history(P), held);
        assertThat(held.programme().adoption()).isNotNull();
        assertThat(held.workshops().get(W1).cancelledOn()).isEqualTo(LocalDate.parse("2018-09-04"));
        assertThat(held.facts()).anyMatch(f -> f.partnerId().equals("p-f"));
    }

    @Test
    void anEventALaggingSegmentHandlesLateIsReadOnceItHas() {
        held(P);
        long late = bed.skip();
        bed.record(new ActivityRecordedEvent("act-10", List.of(A), ActivityKind.MEETING,
                LocalDate.parse("2018-09-03"), "Call", P, List.of()), "2018-09-03T09:00:00Z");
        segmentsAt(bed.lastIndex(), late - 1);
        assertThat(held(P).facts()).anyMatch(f -> "act-10#v1".equals(f.ref()));

        bed.recordAt(late, new ActivityRecordedEvent("act-11", List.of(A), ActivityKind.MEETING,
                LocalDate.parse("2018-09-02"), "Visit", P, List.of()), "2018-09-03T09:00:01Z");
        segmentsAt(bed.lastIndex(), bed.lastIndex());

        assertThat(held(P).facts()).anyMatch(f -> "act-11#v1".equals(f.ref()));
        assertSameAs(bed.history(P), held(P));
    }

    @Test
    void aGapBelowASegmentsIndexIsReadOnceFilled() {
        held(P);
        long late = bed.skip();
        bed.record(new ActivityRecordedEvent("act-12", List.of(A), ActivityKind.MEETING,
                LocalDate.parse("2018-09-03"), "Call", P, List.of()), "2018-09-03T09:00:00Z");
        segments.set(0, GapAwareTrackingToken.newInstance(bed.lastIndex(), Set.of(late)));
        segments.set(1, GapAwareTrackingToken.newInstance(bed.lastIndex(), Set.of(late)));
        held(P);

        bed.recordAt(late, new ActivityRecordedEvent("act-13", List.of(A), ActivityKind.MEETING,
                LocalDate.parse("2018-09-02"), "Visit", P, List.of()), "2018-09-03T09:00:01Z");
        segmentsAt(bed.lastIndex(), bed.lastIndex());

        assertThat(held(P).facts()).anyMatch(f -> "act-13#v1".equals(f.ref()));
    }

    @Test
    void aReplayIsReadAgainFromTheStart() {
        held(P);
        bed.reset();
        segmentsAt(3, 3);
        bed.replay();
        segmentsAt(bed.lastIndex(), bed.lastIndex());

        assertSameAs(bed.history(P), held(P));
    }

    @Test
    void manyChangesAreReadWholeRatherThanFromTheLog() {
        held(P);
        for (int i = 0; i < 1_200; i++) {
            bed.record(new ActivityRecordedEvent("act-m" + i, List.of(A), ActivityKind.MEETING,
                    LocalDate.parse("2018-09-03"), "Call", P, List.of()), "2018-09-03T09:00:00Z");
        }
        segmentsAt(bed.lastIndex(), bed.lastIndex());

        assertSameAs(bed.history(P), held(P));
    }

    @Test
    void anotherProgrammesFactsAndAnUnknownProgrammeAreNotHeld() {
        bed.record(new ProgrammeDefinedEvent("prog-2", "Other", LocalDate.parse("2019-12-31"), List.of(),
                new ReadinessRules(false, 0, 0)), "2018-09-02T09:00:00Z");
        bed.record(new ActivityRecordedEvent("act-o", List.of(A), ActivityKind.MEETING,
                LocalDate.parse("2018-09-03"), "Call", "prog-2", List.of()), "2018-09-03T09:00:00Z");
        segmentsAt(bed.lastIndex(), bed.lastIndex());

        assertThat(held(P).facts()).noneMatch(f -> "act-o#v1".equals(f.ref()));
        assertThat(held("prog-2").facts()).anyMatch(f -> "act-o#v1".equals(f.ref()));
        assertThat(cache.forProgramme("prog-unknown")).isEmpty();
    }

    @Test
    void todaysStandingsKeptFromReadToReadAreTheOnesComputedAfresh() {
        assertStandingsAsComputed(TODAY, NOW);
        bed.record(new PartnerRegisteredEvent("p-f", "Zeta Ltd", new PartnerClassification(PartnerType.BUSINESS,
                List.of(), List.of(Theme.MOBILITY), "Wycombe", false), LocalDate.parse("2018-09-02")),
                "2018-09-02T09:00:00Z");
        step();
        bed.record(new ActivityRecordedEvent("act-9", List.of("p-f", C), ActivityKind.MEETING,
                LocalDate.parse("2018-09-03"), "Round table", P, List.of(Theme.AI_AND_DATA)), "2018-09-03T09:00:00Z");
        step();
        bed.record("Activity", "act-9", 1, new ActivityWithdrawnEvent("act-9", List.of("p-f", C), P,
                "Recorded twice"), "2018-09-04T09:00:00Z");
        step();
        bed.record(new WorkshopCancelledEvent(W1, P, "Flooded", Instant.parse("2018-09-05T09:00:00Z")),
                "2018-09-05T09:00:00Z");
        step();
        bed.record(new PartnerUpdatedEvent(A, "Alpha University", new PartnerClassification(PartnerType.UNIVERSITY,
                List.of(), List.of(Theme.CLEAN_GROWTH), "Buckingham", false), LocalDate.parse("2018-09-06")),
                "2018-09-06T09:00:00Z");
        step();
    }

    @Test
    void anotherDayOrAnEarlierRecordingIsComputedAfresh() {
        assertThat(cache.keptStandings(held(P), LocalDate.parse("2018-08-31"), NOW)).isEmpty();
        assertThat(cache.keptStandings(held(P), TODAY, Instant.parse("2018-08-20T09:30:00Z"))).isEmpty();
        assertStandingsAsComputed(LocalDate.parse("2018-08-31"), NOW);
        assertStandingsAsComputed(TODAY, Instant.parse("2018-08-20T09:30:00Z"));
        assertStandingsAsComputed(TODAY, NOW);
    }

    /** Moves the watermark to the last event and checks today's standings, and the readiness from their tally. */
    private void step() {
        segmentsAt(bed.lastIndex(), bed.lastIndex());
        assertThat(cache.keptStandings(held(P), TODAY, NOW)).isPresent();
        assertStandingsAsComputed(TODAY, NOW);
        CoverageHistory history = held(P);
        assertThat(ReadinessCalculator.readiness(history, cache.keptTally(history, TODAY, NOW).orElseThrow(), TODAY,
                NOW)).isEqualTo(ReadinessCalculator.readiness(bed.history(P), TODAY, NOW));
    }

    private void assertStandingsAsComputed(LocalDate asOf, Instant recordedBy) {
        CoverageHistory history = held(P);
        assertThat(cache.keptStandings(history, asOf, recordedBy)
                .orElseGet(() -> StandingCalculator.standings(history, asOf, recordedBy)))
                .isEqualTo(StandingCalculator.standings(bed.history(P), asOf, recordedBy));
    }

    private CoverageHistory held(String programmeId) {
        return cache.forProgramme(programmeId).orElseThrow();
    }

    /** Two segments, at these indexes. */
    private void segmentsAt(long first, long second) {
        segments.clear();
        segments.add(GapAwareTrackingToken.newInstance(first, Set.of()));
        segments.add(GapAwareTrackingToken.newInstance(second, Set.of()));
    }

    private static void assertSameAs(CoverageHistory expected, CoverageHistory actual) {
        assertThat(actual.programme()).isEqualTo(expected.programme());
        assertThat(actual.partnerVersions()).containsExactlyInAnyOrderElementsOf(expected.partnerVersions());
        assertThat(actual.facts()).containsExactlyInAnyOrderElementsOf(expected.facts());
        assertThat(actual.workshops()).isEqualTo(expected.workshops());
        assertThat(actual.hypothesisTitles()).isEqualTo(expected.hypothesisTitles());
    }
}
