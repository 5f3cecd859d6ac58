package org.lis.engagement.programme.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.engagement.coverage.query.CoverageHistory;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.coverage.query.Fact;
import org.lis.engagement.coverage.query.FactKind;
import org.lis.engagement.coverage.query.PartnerVersion;
import org.lis.engagement.coverage.query.ProgrammeInfo;
import org.lis.engagement.coverage.query.WorkshopInfo;
import org.lis.events.common.Theme;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.command.CommandProperties;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.lis.engagement.EngagementError.ALREADY_ADOPTED;
import static org.lis.engagement.EngagementError.INVALID_ADOPTION;
import static org.lis.engagement.EngagementError.INVALID_PROGRAMME;
import static org.lis.engagement.EngagementError.PHASE_IN_USE;
import static org.lis.engagement.EngagementError.READINESS_CHECKS_FAILED;

/**
 * A programme's definition, and its adoption with the readiness checks the command handler works out from a
 * coverage history (here one made for each test; the calculator has tests of its own).
 */
class ProgrammeTest {

    private static final String ID = "prog-1";
    private static final LocalDate TARGET = LocalDate.of(2018, 12, 31);
    private static final LocalDate ADOPTED_ON = LocalDate.of(2019, 1, 11);
    private static final LocalDate TODAY = LocalDate.of(2019, 1, 14);
    private static final Phase EVIDENCE = new Phase("P1", "Evidence base production", LocalDate.of(2018, 6, 1),
            LocalDate.of(2018, 7, 31), List.of(new Milestone("Draft evidence base", LocalDate.of(2018, 7, 16))));
    private static final Phase ENGAGEMENT = new Phase("P2", "Stakeholder engagement", LocalDate.of(2018, 8, 1),
            LocalDate.of(2018, 9, 30), List.of());
    private static final ReadinessRules RULES = new ReadinessRules(true, 2, 3);
    private static final ProgrammeDefinedEvent DEFINED = new ProgrammeDefinedEvent(ID,
            "Buckinghamshire Local Industrial Strategy", TARGET, List.of(EVIDENCE, ENGAGEMENT), RULES);

    private static final List<String> ALL_THEMES = Arrays.stream(Theme.values()).map(Theme::name).toList();

    private final CoverageQueries coverage = mock(CoverageQueries.class);
    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerAnnotatedCommandHandler(new AdoptionCommandHandler(fixture.getRepository(), coverage,
                Clock.systemUTC(), new CommandProperties(null, null)));
        fixture.registerAnnotatedCommandHandler(new RevisionCommandHandler(fixture.getRepository(), coverage,
                new CommandProperties(null, null)));
    }

    @Test
    void canDefineProgramme() {
        fixture.givenNoPriorActivity()
                .when(define("Buckinghamshire Local Industrial Strategy ", TARGET, List.of(EVIDENCE, ENGAGEMENT), RULES))
                .expectEvents(DEFINED);
    }

    @Test
    void canDefineProgrammeWithOneDayPhase() {
        Phase oneDay = new Phase("P1", "Launch", TARGET, TARGET, List.of());
        fixture.givenNoPriorActivity()
                .when(define("LIS", TARGET, List.of(oneDay), new ReadinessRules(false, 0, 0)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotDefineProgrammeWithBlankNameOrWithoutTargetDate() {
        assertDefiningRefused(" ", TARGET, List.of(), RULES);
        assertDefiningRefused("LIS", null, List.of(), RULES);
    }

    @Test
    void cannotDefineProgrammeWithRepeatedPhaseCode() {
        Phase sameCode = new Phase("P1", "Again", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 8, 2), List.of());
        assertDefiningRefused("LIS", TARGET, List.of(EVIDENCE, sameCode), RULES);
    }

    @Test
    void cannotDefinePhaseEndingBeforeItStarts() {
        Phase backwards = new Phase("P1", "Backwards", LocalDate.of(2018, 8, 2), LocalDate.of(2018, 8, 1), List.of());
        assertDefiningRefused("LIS", TARGET, List.of(backwards), RULES);
    }

    @Test
    void cannotDefinePhaseWithoutCodeOrDatesOrMilestoneDate() {
        for (Phase phase : List.of(
                new Phase(" ", "No code", TARGET, TARGET, List.of()),
                new Phase("P1", "No start", null, TARGET, List.of()),
                new Phase("P1", "No milestone date", TARGET, TARGET, List.of(new Milestone("Draft", null))))) {
            assertDefiningRefused("LIS", TARGET, List.of(phase), RULES);
        }
    }

    @Test
    void cannotDefineNegativeReadinessMinimumsOrNoRules() {
        assertDefiningRefused("LIS", TARGET, List.of(), new ReadinessRules(true, -1, 0));
        assertDefiningRefused("LIS", TARGET, List.of(), new ReadinessRules(true, 0, -1));
        assertDefiningRefused("LIS", TARGET, List.of(), null);
    }

    @Test
    void canReviseTheDefinitionBeforeAdoption() {
        workshopsIn();
        Phase later = new Phase("P2", "Stakeholder engagement", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 10, 5),
                List.of(new Milestone("Workshops complete", LocalDate.of(2018, 10, 5))));
        fixture.given(DEFINED)
                .when(revise("Buckinghamshire LIS ", List.of(EVIDENCE, later), null))
                .expectEvents(new ProgrammeRevisedEvent(ID, "Buckinghamshire LIS", TARGET, List.of(EVIDENCE, later),
                        RULES))
                .expectResultMessagePayload(1L);
    }

    @Test
    void savingTheDefinitionUnchangedRecordsNothing() {
        workshopsIn();
        fixture.given(DEFINED)
                .when(revise(DEFINED.name(), DEFINED.phases(), 0L))
                .expectNoEvents().expectResultMessagePayload(0L);
    }

    @Test
    void cannotReviseAnAdoptedProgramme() {
        workshopsIn();
        fixture.given(DEFINED, new ProgrammeAdoptedEvent(ID, ADOPTED_ON, null, List.of()))
                .when(revise("Changed after adoption", DEFINED.phases(), null))
                .expectNoEvents().expectException(refusedWith(ALREADY_ADOPTED));
    }

    @Test
    void cannotTakeAwayAPhaseWorkshopsAreScheduledInButMayOneWhoseWorkshopsWereCancelled() {
        workshopsIn(workshop("w-1", "P2", null), workshop("w-2", "P1", LocalDate.of(2018, 7, 1)));
        fixture.given(DEFINED)
                .when(revise(DEFINED.name(), List.of(EVIDENCE), null))
                .expectNoEvents().expectException(refusedWith(PHASE_IN_USE))
                .expectExceptionMessage("phases: workshops are scheduled in phase P2; keep it, or move or cancel"
                        + " its workshops first");
        fixture.given(DEFINED)
                .when(revise(DEFINED.name(), List.of(ENGAGEMENT), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotReviseIntoAnInvalidDefinitionOrFromAnOldVersion() {
        workshopsIn();
        fixture.given(DEFINED)
                .when(revise(" ", DEFINED.phases(), null))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
        fixture.given(DEFINED, new ProgrammeRevisedEvent(ID, "Renamed", TARGET, DEFINED.phases(), RULES))
                .when(revise("Renamed again", DEFINED.phases(), 0L))
                .expectNoEvents().expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void canAdoptWhenAllChecksPass() {
        coverageShows(ready());
        adopting(ADOPTED_ON, null)
                .expectEvents(new ProgrammeAdoptedEvent(ID, ADOPTED_ON, null, List.of()))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canAdoptWithFailedChecksAndAnOverrideReason() {
        coverageShows(ready(), partner("p-key", true));
        adopting(ADOPTED_ON, " Government deadline ")
                .expectEvents(new ProgrammeAdoptedEvent(ID, ADOPTED_ON, "Government deadline",
                        List.of("keyPartnersEngaged")));
    }

    @Test
    void cannotAdoptWithFailedChecksAndNoOverrideReason() {
        coverageShows(List.of(), partner("p-key", true));
        adopting(ADOPTED_ON, "  ")
                .expectNoEvents().expectException(refusedWith(READINESS_CHECKS_FAILED))
                .expectExceptionMessage("Readiness checks failed: keyPartnersEngaged, minEngagedPerTheme;"
                        + " adopting anyway needs an overrideReason");
    }

    @Test
    void cannotAdoptTwice() {
        coverageShows(ready());
        fixture.given(DEFINED, new ProgrammeAdoptedEvent(ID, ADOPTED_ON, null, List.of()))
                .when(new AdoptProgrammeCommand(ID, ADOPTED_ON, "again", TODAY))
                .expectNoEvents().expectException(refusedWith(ALREADY_ADOPTED));
    }

    @Test
    void cannotAdoptWithoutDate() {
        adopting(null, null)
                .expectNoEvents().expectException(refusedWith(INVALID_ADOPTION));
    }

    @Test
    void canAdoptToday() {
        coverageShows(ready());
        adopting(TODAY, null)
                .expectEvents(new ProgrammeAdoptedEvent(ID, TODAY, null, List.of()));
    }

    @Test
    void cannotAdoptInTheFuture() {
        coverageShows(ready());
        adopting(TODAY.plusDays(1), null)
                .expectNoEvents().expectException(refusedWith(INVALID_ADOPTION));
    }

    @Test
    void cannotAdoptUnknownProgramme() {
        coverageShows(ready());
        fixture.givenNoPriorActivity()
                .when(new AdoptProgrammeCommand(ID, ADOPTED_ON, null, TODAY))
                .expectNoEvents().expectException(AggregateNotFoundException.class);
    }

    /** The checks stand as on the adoption date: engagement after it does not count for it. */
    @Test
    void cannotAdoptBeforeTheKeyPartnerWasEngagedWithoutOverrideReason() {
        List<Fact> engaged = new ArrayList<>(ready());
        engaged.add(activity("p-key", ADOPTED_ON.plusDays(1)));
        coverageShows(engaged, partner("p-key", true));
        adopting(ADOPTED_ON, null)
                .expectNoEvents().expectException(refusedWith(READINESS_CHECKS_FAILED))
                .expectExceptionMessage("Readiness checks failed: keyPartnersEngaged;"
                        + " adopting anyway needs an overrideReason");
        adopting(TODAY, null)
                .expectEvents(new ProgrammeAdoptedEvent(ID, TODAY, null, List.of()));
    }

    /**
     * What the coverage read model holds for the programme (its readiness rules, {@link #RULES}): two partners
     * in every theme engaged by {@link #ready()}'s activities, and {@code more} partners.
     */
    private void coverageShows(List<Fact> facts, PartnerVersion... more) {
        List<PartnerVersion> partners = new ArrayList<>(List.of(partner("p-a", false), partner("p-b", false)));
        partners.addAll(List.of(more));
        ProgrammeInfo programme = new ProgrammeInfo(ID, DEFINED.name(), TARGET, List.of(), RULES, null);
        when(coverage.history(ID)).thenReturn(Mono.just(new CoverageHistory(programme, partners, facts, Map.of(),
                Map.of())));
    }

    /** The coverage history's workshops for the programme. */
    private void workshopsIn(WorkshopInfo... workshops) {
        ProgrammeInfo programme = new ProgrammeInfo(ID, DEFINED.name(), TARGET, List.of(), RULES, null);
        Map<String, WorkshopInfo> byId = new LinkedHashMap<>();
        for (WorkshopInfo workshop : workshops) {
            byId.put(workshop.id(), workshop);
        }
        when(coverage.history(ID)).thenReturn(Mono.just(new CoverageHistory(programme, List.of(), List.of(), byId,
                Map.of())));
    }

    private static WorkshopInfo workshop(String id, String phaseCode, LocalDate cancelledOn) {
        return new WorkshopInfo(id, ID, phaseCode, "Workshop " + id, List.of(), cancelledOn,
                cancelledOn == null ? null : Instant.parse(cancelledOn + "T10:00:00Z"), List.of());
    }

    private static ReviseProgrammeCommand revise(String name, List<Phase> phases, Long expectedVersion) {
        return new ReviseProgrammeCommand(ID, name, TARGET, phases, RULES, expectedVersion);
    }

    /** Engagement that passes every check of {@link #RULES} when no key partner is left out. */
    private static List<Fact> ready() {
        return List.of(activity("p-a", LocalDate.of(2018, 9, 1)), activity("p-b", LocalDate.of(2018, 9, 1)));
    }

    private static PartnerVersion partner(String id, boolean key) {
        return new PartnerVersion(id, true, "Partner " + id, "BUSINESS", List.of(), ALL_THEMES, null, key,
                LocalDate.of(2018, 5, 1), Instant.parse("2018-05-01T09:00:00Z"));
    }

    private static Fact activity(String partnerId, LocalDate on) {
        return new Fact("act-" + partnerId, FactKind.ACTIVITY, partnerId, ID, on, Instant.parse(on + "T12:00:00Z"),
                null, null, null, null, null, false, "MEETING");
    }

    /** Defining a programme so is refused as invalid, and nothing is recorded. */
    private void assertDefiningRefused(String name, LocalDate target, List<Phase> phases, ReadinessRules rules) {
        fixture.givenNoPriorActivity().when(define(name, target, phases, rules))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
    }

    /** The board adopts the defined programme, today, as of {@code adoptedOn}. */
    private ResultValidator<Programme> adopting(LocalDate adoptedOn, String overrideReason) {
        return fixture.given(DEFINED).when(new AdoptProgrammeCommand(ID, adoptedOn, overrideReason, TODAY));
    }

    private static DefineProgrammeCommand define(String name, LocalDate target, List<Phase> phases, ReadinessRules rules) {
        return new DefineProgrammeCommand(ID, name, target, phases, rules);
    }
}
