package org.lis.engagement.programme.command;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.coverage.query.WorkshopInfo;
import org.lis.support.command.CommandProperties;
import org.springframework.stereotype.Component;

/**
 * A programme's revision, with the phases its workshops are scheduled in (cancelled ones aside) read from the
 * coverage history, so a phase cannot be taken away from under its workshops. The programme is loaded first,
 * so an unknown id is refused without waiting on the read model.
 */
@Component
public class RevisionCommandHandler {

    private final Repository<Programme> programmes;
    private final CoverageQueries coverage;
    private final Duration wait;

    public RevisionCommandHandler(Repository<Programme> programmes, CoverageQueries coverage,
                                  CommandProperties commands) {
        this.programmes = programmes;
        this.coverage = coverage;
        this.wait = commands.timeout();
    }

    @CommandHandler
    public Long handle(ReviseProgrammeCommand command) {
        Aggregate<Programme> programme = programmes.load(command.programmeId(), command.expectedVersion());
        Set<String> phasesInUse = coverage.history(command.programmeId())
                .map(history -> history.workshops().values().stream().filter(w -> w.cancelledOn() == null)
                        .map(WorkshopInfo::phaseCode).collect(Collectors.toSet()))
                .block(wait);
        return programme.invoke(p -> p.handle(command, phasesInUse == null ? Set.of() : phasesInUse));
    }
}
