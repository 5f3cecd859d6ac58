package org.lis.workshop.schedule.command;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.hypothesis.query.HypothesisQueries;
import org.lis.workshop.hypothesis.query.HypothesisSummary;
import org.lis.workshop.replica.ReplicaQueries;
import org.lis.workshop.schedule.query.WorkshopQueries;

import reactor.core.publisher.Mono;

/**
 * What {@link WorkshopCommandHandler} looks up, mocked: every programme, phase, partner and contact is known,
 * every hypothesis belongs to the given programme and the views show no workshop, until a test says otherwise.
 */
final class CommandSideQueries {

    final ReplicaQueries replica = mock(ReplicaQueries.class);
    final HypothesisQueries hypotheses = mock(HypothesisQueries.class);
    final WorkshopQueries views = mock(WorkshopQueries.class);

    CommandSideQueries(String programmeId) {
        when(replica.requireWithinPhase(any(), any(), any())).thenReturn(Mono.empty());
        when(replica.requirePartner(any(), any())).thenReturn(Mono.empty());
        when(hypotheses.find(anyString())).thenAnswer(call -> Mono.just(hypothesis(call.getArgument(0), programmeId)));
        when(views.shown(any())).thenReturn(Mono.empty());
    }

    /** A fixture whose commands go through the handler, as they do in the service. */
    AggregateTestFixture<Workshop> fixture() {
        AggregateTestFixture<Workshop> fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerAnnotatedCommandHandler(new WorkshopCommandHandler(fixture.getRepository(), replica,
                hypotheses, views, new CommandProperties(null, null)));
        return fixture;
    }

    void hypothesisOf(String hypothesisId, String programmeId) {
        when(hypotheses.find(hypothesisId)).thenReturn(Mono.just(hypothesis(hypothesisId, programmeId)));
    }

    void unknownHypothesis(String hypothesisId) {
        when(hypotheses.find(hypothesisId)).thenReturn(Mono.error(
                new DomainException(WorkshopError.HYPOTHESIS_NOT_FOUND, "hypothesis " + hypothesisId + " is unknown")));
    }

    static HypothesisSummary hypothesis(String hypothesisId, String programmeId) {
        return new HypothesisSummary(hypothesisId, programmeId, "title", "statement", List.of(), List.of());
    }
}
