package org.lis.engagement.programme.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ReadinessRules;

import java.time.LocalDate;
import java.util.List;

import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.lis.engagement.EngagementError.ALREADY_ADOPTED;
import static org.lis.engagement.EngagementError.INVALID_ADOPTION;
import static org.lis.engagement.EngagementError.INVALID_PROGRAMME;
import static org.lis.engagement.EngagementError.READINESS_CHECKS_FAILED;

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

    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
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
        fixture.givenNoPriorActivity().when(define(" ", TARGET, List.of(), RULES))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
        fixture.givenNoPriorActivity().when(define("LIS", null, List.of(), RULES))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
    }

    @Test
    void cannotDefineProgrammeWithRepeatedPhaseCode() {
        Phase sameCode = new Phase("P1", "Again", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 8, 2), List.of());
        fixture.givenNoPriorActivity().when(define("LIS", TARGET, List.of(EVIDENCE, sameCode), RULES))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
    }

    @Test
    void cannotDefinePhaseEndingBeforeItStarts() {
        Phase backwards = new Phase("P1", "Backwards", LocalDate.of(2018, 8, 2), LocalDate.of(2018, 8, 1), List.of());
        fixture.givenNoPriorActivity().when(define("LIS", TARGET, List.of(backwards), RULES))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
    }

    @Test
    void cannotDefinePhaseWithoutCodeOrDatesOrMilestoneDate() {
        for (Phase phase : List.of(
                new Phase(" ", "No code", TARGET, TARGET, List.of()),
                new Phase("P1", "No start", null, TARGET, List.of()),
                new Phase("P1", "No milestone date", TARGET, TARGET, List.of(new Milestone("Draft", null))))) {
            fixture.givenNoPriorActivity().when(define("LIS", TARGET, List.of(phase), RULES))
                    .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
        }
    }

    @Test
    void cannotDefineNegativeReadinessMinimumsOrNoRules() {
        fixture.givenNoPriorActivity().when(define("LIS", TARGET, List.of(), new ReadinessRules(true, -1, 0)))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
        fixture.givenNoPriorActivity().when(define("LIS", TARGET, List.of(), new ReadinessRules(true, 0, -1)))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
        fixture.givenNoPriorActivity().when(define("LIS", TARGET, List.of(), null))
                .expectNoEvents().expectException(refusedWith(INVALID_PROGRAMME));
    }

    @Test
    void canAdoptWhenAllChecksPass() {
        fixture.given(DEFINED)
                .when(new AdoptProgrammeCommand(ID, ADOPTED_ON, null, List.of(), TODAY))
                .expectEvents(new ProgrammeAdoptedEvent(ID, ADOPTED_ON, null, List.of()))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canAdoptWithFailedChecksAndAnOverrideReason() {
        fixture.given(DEFINED)
                .when(new AdoptProgrammeCommand(ID, ADOPTED_ON, " Government deadline ", List.of("keyPartnersEngaged"),
                        TODAY))
                .expectEvents(new ProgrammeAdoptedEvent(ID, ADOPTED_ON, "Government deadline",
                        List.of("keyPartnersEngaged")));
    }

    @Test
    void cannotAdoptWithFailedChecksAndNoOverrideReason() {
        fixture.given(DEFINED)
                .when(new AdoptProgrammeCommand(ID, ADOPTED_ON, "  ", List.of("keyPartnersEngaged", "minEngagedPerTheme"),
                        TODAY))
                .expectNoEvents().expectException(refusedWith(READINESS_CHECKS_FAILED))
                .expectExceptionMessage("Readiness checks failed: keyPartnersEngaged, minEngagedPerTheme;"
                        + " adopting anyway needs an overrideReason");
    }

    @Test
    void cannotAdoptTwice() {
        fixture.given(DEFINED, new ProgrammeAdoptedEvent(ID, ADOPTED_ON, null, List.of()))
                .when(new AdoptProgrammeCommand(ID, ADOPTED_ON, "again", List.of(), TODAY))
                .expectNoEvents().expectException(refusedWith(ALREADY_ADOPTED));
    }

    @Test
    void cannotAdoptWithoutDate() {
        fixture.given(DEFINED)
                .when(new AdoptProgrammeCommand(ID, null, null, List.of(), TODAY))
                .expectNoEvents().expectException(refusedWith(INVALID_ADOPTION));
    }

    @Test
    void canAdoptToday() {
        fixture.given(DEFINED)
                .when(new AdoptProgrammeCommand(ID, TODAY, null, List.of(), TODAY))
                .expectEvents(new ProgrammeAdoptedEvent(ID, TODAY, null, List.of()));
    }

    @Test
    void cannotAdoptInTheFuture() {
        fixture.given(DEFINED)
                .when(new AdoptProgrammeCommand(ID, TODAY.plusDays(1), null, List.of(), TODAY))
                .expectNoEvents().expectException(refusedWith(INVALID_ADOPTION));
    }

    @Test
    void cannotAdoptUnknownProgramme() {
        fixture.givenNoPriorActivity()
                .when(new AdoptProgrammeCommand(ID, ADOPTED_ON, null, List.of(), TODAY))
                .expectNoEvents().expectException(AggregateNotFoundException.class);
    }

    private static DefineProgrammeCommand define(String name, LocalDate target, List<Phase> phases, ReadinessRules rules) {
        return new DefineProgrammeCommand(ID, name, target, phases, rules);
    }
}
