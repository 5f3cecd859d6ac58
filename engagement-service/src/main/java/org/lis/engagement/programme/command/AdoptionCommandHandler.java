package org.lis.engagement.programme.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.readiness.query.ReadinessCalculator;
import org.lis.support.command.CommandProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Adoption, with the readiness checks as of the adoption date worked out here from the programme's coverage
 * history (waiting, bounded, for the coverage projection when it does not know the programme yet), so no
 * sender can skip or choose them. The programme is loaded first: an id that is no programme's is refused at
 * once, without waiting on the read model. Only adoptions lock a programme, so holding it while the history is
 * read costs nothing. See the package description of {@code partner.command} for why handlers sit around the
 * aggregate.
 */
@Component
public class AdoptionCommandHandler {

    private final Repository<Programme> programmes;
    private final CoverageQueries coverage;
    private final Clock clock;
    private final Duration wait;

    public AdoptionCommandHandler(Repository<Programme> programmes, CoverageQueries coverage, Clock clock,
                                  CommandProperties commands) {
        this.programmes = programmes;
        this.coverage = coverage;
        this.clock = clock;
        this.wait = commands.timeout();
    }

    @CommandHandler
    public Long handle(AdoptProgrammeCommand command) {
        Aggregate<Programme> programme = programmes.load(command.programmeId(), command.expectedVersion());
        List<String> failedChecks = failedChecks(command);
        return programme.invoke(p -> p.handle(command, failedChecks));
    }

    /** None for an adoption without its date, which the programme refuses. */
    private List<String> failedChecks(AdoptProgrammeCommand command) {
        if (command.adoptedOn() == null) {
            return List.of();
        }
        return coverage.history(command.programmeId())
                .map(history -> ReadinessCalculator.readiness(history, command.adoptedOn(), clock.instant())
                        .failedChecks())
                .block(wait);
    }
}
