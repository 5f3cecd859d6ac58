package org.lis.workshop.hypothesis.command;

import java.time.Duration;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.lis.support.command.CommandProperties;
import org.lis.workshop.replica.ReplicaQueries;
import org.springframework.stereotype.Component;

/**
 * A hypothesis is proposed for a programme the replica knows; checked here, so every sender of the command gets
 * the check, then the hypothesis checks its own values. Why a handler component, and why it may wait for the
 * replica: see {@link org.lis.workshop.schedule.command.WorkshopCommandHandler}.
 */
@Component
public class HypothesisCommandHandler {

    private final Repository<Hypothesis> hypotheses;
    private final ReplicaQueries replica;
    private final Duration wait;

    public HypothesisCommandHandler(Repository<Hypothesis> hypotheses, ReplicaQueries replica,
                                    CommandProperties command) {
        this.hypotheses = hypotheses;
        this.replica = replica;
        this.wait = command.timeout();
    }

    @CommandHandler
    public String handle(ProposeHypothesisCommand command) throws Exception {
        replica.requireProgramme(command.programmeId()).block(wait);
        hypotheses.newInstance(() -> new Hypothesis(command));
        return command.hypothesisId();
    }
}
