package org.lis.workshop.hypothesis.command;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.support.error.DomainException;

class HypothesisTest {

    private AggregateTestFixture<Hypothesis> fixture;

    @BeforeEach
    void setUp() {
        fixture = HypothesisCommandHandlerTest.fixture(HypothesisCommandHandlerTest.knownProgrammes());
    }

    @Test
    void canProposeHypothesis() {
        fixture.givenNoPriorActivity()
                .when(new ProposeHypothesisCommand("h1", "p1", " AI centre ", "Buckingham can anchor AI research",
                        List.of(Theme.AI_AND_DATA), List.of("ai-research")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new HypothesisProposedEvent("h1", "p1", "AI centre", "Buckingham can anchor AI research",
                        List.of(Theme.AI_AND_DATA), List.of("ai-research")));
    }

    @Test
    void cannotProposeHypothesisWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new ProposeHypothesisCommand("h1", "p1", " ", "statement", List.of(), List.of()))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void cannotProposeHypothesisWithoutStatement() {
        fixture.givenNoPriorActivity()
                .when(new ProposeHypothesisCommand("h1", "p1", "title", null, List.of(), List.of()))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void cannotProposeHypothesisWithSectorNotInKebabCase() {
        fixture.givenNoPriorActivity()
                .when(new ProposeHypothesisCommand("h1", "p1", "title", "statement", List.of(),
                        List.of("Life Sciences")))
                .expectException(DomainException.class)
                .expectExceptionMessage("Sector 'Life Sciences' is not a lower-case kebab-case tag");
    }
}
