package org.lis.workshop.hypothesis.command;

import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.replica.ReplicaQueries;

import reactor.core.publisher.Mono;

/** A hypothesis is proposed for a programme the replica knows; the replica is mocked. */
class HypothesisCommandHandlerTest {

    private final ReplicaQueries replica = knownProgrammes();
    private final AggregateTestFixture<Hypothesis> fixture = fixture(replica);

    /** A fixture whose commands go through the handler, as they do in the service. */
    static AggregateTestFixture<Hypothesis> fixture(ReplicaQueries replica) {
        AggregateTestFixture<Hypothesis> fixture = new AggregateTestFixture<>(Hypothesis.class);
        fixture.registerAnnotatedCommandHandler(new HypothesisCommandHandler(fixture.getRepository(), replica,
                new CommandProperties(null, null)));
        return fixture;
    }

    /** A replica that knows every programme, until a test says otherwise. */
    static ReplicaQueries knownProgrammes() {
        ReplicaQueries replica = mock(ReplicaQueries.class);
        when(replica.requireProgramme(any())).thenReturn(Mono.empty());
        return replica;
    }

    private void replicaDoesNotKnow(String programmeId) {
        when(replica.requireProgramme(programmeId)).thenReturn(Mono.error(
                new DomainException(WorkshopError.PROGRAMME_UNKNOWN, "programme " + programmeId + " is unknown")));
    }

    @Test
    void canProposeHypothesisForKnownProgramme() {
        fixture.givenNoPriorActivity()
                .when(new ProposeHypothesisCommand("h1", "p1", "AI centre", "statement", List.of(Theme.AI_AND_DATA),
                        List.of()))
                .expectEvents(new HypothesisProposedEvent("h1", "p1", "AI centre", "statement",
                        List.of(Theme.AI_AND_DATA), List.of()))
                .expectResultMessagePayload("h1");
        verify(replica).requireProgramme("p1");
    }

    @Test
    void cannotProposeHypothesisForUnknownProgramme() {
        replicaDoesNotKnow("nope");
        fixture.givenNoPriorActivity()
                .when(new ProposeHypothesisCommand("h1", "nope", "AI centre", "statement", List.of(), List.of()))
                .expectException(refusedWith(WorkshopError.PROGRAMME_UNKNOWN))
                .expectNoEvents();
    }

    /** The programme is checked before the hypothesis' own values. */
    @Test
    void cannotProposeHypothesisForUnknownProgrammeWhateverItsTitle() {
        replicaDoesNotKnow("nope");
        fixture.givenNoPriorActivity()
                .when(new ProposeHypothesisCommand("h1", "nope", " ", "statement", List.of(), List.of()))
                .expectException(refusedWith(WorkshopError.PROGRAMME_UNKNOWN));
    }
}
