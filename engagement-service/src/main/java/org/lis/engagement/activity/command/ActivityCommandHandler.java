package org.lis.engagement.activity.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.lis.engagement.partner.command.Partner;
import org.lis.engagement.programme.query.KnownProgrammeQueries;
import org.lis.support.command.CommandProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Records engagement with a partner. An activity tied to a programme needs a programme that exists (one
 * defined a moment ago included, see {@link KnownProgrammeQueries}); that is checked before the partner is loaded,
 * so no partner waits on the lookup. See the package description of {@code partner.command} for why handlers
 * sit around the aggregate.
 */
@Component
public class ActivityCommandHandler {

    /** The request field that names the programme, for the 404 that blames it. */
    static final String PROGRAMME_FIELD = "programmeId";

    private final Repository<Partner> partners;
    private final KnownProgrammeQueries programmes;
    private final Duration wait;

    public ActivityCommandHandler(Repository<Partner> partners, KnownProgrammeQueries programmes, CommandProperties commands) {
        this.partners = partners;
        this.programmes = programmes;
        this.wait = commands.timeout();
    }

    @CommandHandler
    public Long handle(RecordEngagementActivityCommand command) {
        if (command.programmeId() != null) {
            programmes.require(command.programmeId(), PROGRAMME_FIELD).block(wait);
        }
        return partners.load(command.partnerId(), command.expectedVersion()).invoke(partner -> partner.handle(command));
    }
}
