package org.lis.engagement.programme.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.engagement.coverage.query.CoverageHistory;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.coverage.query.ProgrammeInfo;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.MilestoneDeliveredEvent;
import org.lis.events.programme.MilestoneSlippedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.command.CommandProperties;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.lis.engagement.EngagementError.ALREADY_ADOPTED;
import static org.lis.engagement.EngagementError.INVALID_MILESTONE_CHANGE;
import static org.lis.engagement.EngagementError.INVALID_PROGRAMME;
import static org.lis.engagement.EngagementError.MILESTONE_ALREADY_DELIVERED;
import static org.lis.engagement.EngagementError.MILESTONE_DATE_REFUSED;
import static org.lis.engagement.EngagementError.MILESTONE_NOT_FOUND;
import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Milestones as they happen: delivered once, slipped later with a reason, both only before adoption. */
class MilestoneTest {

    private static final String ID = "prog-1";
    private static final LocalDate TODAY = LocalDate.of(2018, 10, 1);
    private static final Milestone VISION = new Milestone("Draft LIS vision", LocalDate.of(2018, 9, 24),
            DatePrecision.WEEK);
    private static final Milestone PRESENTATION = new Milestone("LIS vision presentation", LocalDate.of(2018, 10, 5));
    private static final String VISION_ID = Milestone.idFor(ID, VISION.name());
    private static final Phase ENGAGEMENT = new Phase("P2", "Stakeholder engagement", LocalDate.of(2018, 8, 1),
            LocalDate.of(2018, 9, 1), List.of(VISION, PRESENTATION), DatePrecision.MONTH, DatePrecision.MONTH);
    private static final ReadinessRules RULES = new ReadinessRules(true, 1, 0);
    private static final ProgrammeDefinedEvent DEFINED = new ProgrammeDefinedEvent(ID, "Bucks LIS",
            LocalDate.of(2018, 12, 31), List.of(ENGAGEMENT), RULES, "p-lep");

    private final CoverageQueries coverage = mock(CoverageQueries.class);
    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerAnnotatedCommandHandler(new RevisionCommandHandler(fixture.getRepository(), coverage,
                new CommandProperties(null, null)));
        when(coverage.history(ID)).thenReturn(Mono.just(new CoverageHistory(new ProgrammeInfo(ID, "Bucks LIS",
                null, List.of(), RULES, null), List.of(), List.of(), Map.of(), Map.of())));
    }

    @Test
    void canDefineWithWeeksMonthsAndAConvenor() {
        fixture.givenNoPriorActivity()
                .when(new DefineProgrammeCommand(ID, "Bucks LIS", LocalDate.of(2018, 12, 31), List.of(ENGAGEMENT),
                        RULES, "p-lep"))
                .expectEvents(DEFINED);
    }

    @Test
    void cannotDefineTwoMilestonesOfOneName() {
        Phase twice = new Phase("P3", "Writing", LocalDate.of(2018, 10, 1), LocalDate.of(2019, 1, 31),
                List.of(new Milestone(" draft LIS  VISION", LocalDate.of(2018, 11, 23))));
        fixture.givenNoPriorActivity()
                .when(new DefineProgrammeCommand(ID, "Bucks LIS", LocalDate.of(2018, 12, 31),
                        List.of(ENGAGEMENT, twice), RULES))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
    }

    @Test
    void canDeliverAMilestoneTodayOrBefore() {
        fixture.given(DEFINED)
                .when(deliver(VISION_ID, TODAY, " Circulated to the board "))
                .expectEvents(new MilestoneDeliveredEvent(ID, "P2", VISION_ID, VISION.name(), TODAY,
                        "Circulated to the board"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotDeliverAnUnknownMilestone() {
        fixture.given(DEFINED).when(deliver("no-such-milestone", TODAY, null))
                .expectNoEvents().expectException(refusedWith(MILESTONE_NOT_FOUND));
    }

    @Test
    void cannotDeliverTwice() {
        fixture.given(DEFINED, delivered())
                .when(deliver(VISION_ID, TODAY, null))
                .expectNoEvents().expectException(refusedWith(MILESTONE_ALREADY_DELIVERED));
    }

    @Test
    void cannotDeliverInTheFuture() {
        fixture.given(DEFINED).when(deliver(VISION_ID, TODAY.plusDays(1), null))
                .expectNoEvents().expectException(refusedWith(MILESTONE_DATE_REFUSED));
    }

    @Test
    void cannotDeliverWithoutADate() {
        fixture.given(DEFINED).when(deliver(VISION_ID, null, null))
                .expectNoEvents().expectException(refusedWith(INVALID_MILESTONE_CHANGE));
    }

    @Test
    void canSlipAWeekCommencingToTheNextDayAfterItsWeek() {
        fixture.given(DEFINED)
                .when(slip(VISION_ID, LocalDate.of(2018, 10, 1), null, " Evidence late "))
                .expectEvents(new MilestoneSlippedEvent(ID, "P2", VISION_ID, VISION.name(), VISION.dueOn(),
                        DatePrecision.WEEK, LocalDate.of(2018, 10, 1), DatePrecision.DAY, "Evidence late"));
    }

    @Test
    void cannotSlipToADateNotAfterTheCurrentDueDate() {
        // w/c 24 September is due by the 30th: the 30th, or September as a month, is no later
        fixture.given(DEFINED).when(slip(VISION_ID, LocalDate.of(2018, 9, 30), DatePrecision.DAY, "Late"))
                .expectNoEvents().expectException(refusedWith(MILESTONE_DATE_REFUSED));
        fixture.given(DEFINED).when(slip(VISION_ID, LocalDate.of(2018, 9, 1), DatePrecision.MONTH, "Late"))
                .expectNoEvents().expectException(refusedWith(MILESTONE_DATE_REFUSED));
    }

    @Test
    void aSlipMovesTheDateTheNextSlipMustBeAfter() {
        fixture.given(DEFINED, slipped(LocalDate.of(2018, 10, 8)))
                .when(slip(VISION_ID, LocalDate.of(2018, 10, 5), DatePrecision.DAY, "Later again"))
                .expectNoEvents().expectException(refusedWith(MILESTONE_DATE_REFUSED));
    }

    @Test
    void cannotSlipWithoutAReason() {
        fixture.given(DEFINED).when(slip(VISION_ID, LocalDate.of(2018, 10, 8), DatePrecision.DAY, " "))
                .expectNoEvents().expectException(refusedWith(INVALID_MILESTONE_CHANGE));
    }

    @Test
    void cannotSlipADeliveredMilestone() {
        fixture.given(DEFINED, delivered())
                .when(slip(VISION_ID, LocalDate.of(2018, 10, 8), DatePrecision.DAY, "Late"))
                .expectNoEvents().expectException(refusedWith(MILESTONE_ALREADY_DELIVERED));
    }

    @Test
    void cannotDeliverOrSlipAfterAdoption() {
        ProgrammeAdoptedEvent adopted = new ProgrammeAdoptedEvent(ID, TODAY, null, List.of());
        fixture.given(DEFINED, adopted).when(deliver(VISION_ID, TODAY, null))
                .expectNoEvents().expectException(refusedWith(ALREADY_ADOPTED));
        fixture.given(DEFINED, adopted).when(slip(VISION_ID, LocalDate.of(2018, 10, 8), DatePrecision.DAY, "Late"))
                .expectNoEvents().expectException(refusedWith(ALREADY_ADOPTED));
    }

    @Test
    void aRevisionThatKeepsTheNameKeepsTheDelivery() {
        Phase moved = new Phase("P3", "Writing", LocalDate.of(2018, 10, 1), LocalDate.of(2019, 1, 31),
                List.of(new Milestone("Draft LIS Vision", LocalDate.of(2018, 10, 1))));
        fixture.given(DEFINED, delivered(),
                        new ProgrammeRevisedEvent(ID, "Bucks LIS", LocalDate.of(2018, 12, 31), List.of(moved), RULES))
                .when(deliver(VISION_ID, TODAY, null))
                .expectNoEvents().expectException(refusedWith(MILESTONE_ALREADY_DELIVERED));
    }

    @Test
    void savingTheDefinitionWithTheSlippedDateRecordsNothing() {
        Phase asShown = new Phase(ENGAGEMENT.code(), ENGAGEMENT.name(), ENGAGEMENT.startsOn(), ENGAGEMENT.endsOn(),
                List.of(new Milestone(VISION.name(), LocalDate.of(2018, 10, 8), DatePrecision.DAY), PRESENTATION),
                DatePrecision.MONTH, DatePrecision.MONTH);
        fixture.given(DEFINED, slipped(LocalDate.of(2018, 10, 8)))
                .when(new ReviseProgrammeCommand(ID, "Bucks LIS", LocalDate.of(2018, 12, 31), List.of(asShown),
                        RULES, "p-lep", null))
                .expectNoEvents();
    }

    private static DeliverMilestoneCommand deliver(String milestoneId, LocalDate on, String note) {
        return new DeliverMilestoneCommand(ID, milestoneId, on, note, TODAY, null);
    }

    private static RecordMilestoneSlipCommand slip(String milestoneId, LocalDate to, DatePrecision precision,
                                                   String reason) {
        return new RecordMilestoneSlipCommand(ID, milestoneId, to, precision, reason, null);
    }

    private static MilestoneDeliveredEvent delivered() {
        return new MilestoneDeliveredEvent(ID, "P2", VISION_ID, VISION.name(), LocalDate.of(2018, 9, 27), null);
    }

    private static MilestoneSlippedEvent slipped(LocalDate to) {
        return new MilestoneSlippedEvent(ID, "P2", VISION_ID, VISION.name(), VISION.dueOn(), DatePrecision.WEEK, to,
                DatePrecision.DAY, "Evidence late");
    }
}
