package org.lis.engagement.group.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.lis.engagement.programme.query.KnownProgrammeQueries;
import org.lis.support.command.CommandProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Forms groups and adds members, doing the lookups a group cannot do itself: the convenor, member and inviter must
 * be registered partners, the programme must exist, and the name must be free (claimed for the command and given
 * back if its unit of work rolls back). See the package description of {@code partner.command} for why handlers sit
 * around the aggregate.
 */
@Component
public class GroupCommandHandler {

    private final Repository<StandingGroup> groups;
    private final GroupNameRegistry names;
    private final RegisteredPartners partners;
    private final KnownProgrammeQueries programmes;
    private final Duration wait;

    public GroupCommandHandler(Repository<StandingGroup> groups, GroupNameRegistry names, RegisteredPartners partners,
                               KnownProgrammeQueries programmes, CommandProperties commands) {
        this.groups = groups;
        this.names = names;
        this.partners = partners;
        this.programmes = programmes;
        this.wait = commands.timeout();
    }

    @CommandHandler
    public String handle(FormGroupCommand command) throws Exception {
        if (command.convenorPartnerId() != null && !command.convenorPartnerId().isBlank()) {
            partners.require(command.convenorPartnerId(), "convenorPartnerId").block(wait);
        }
        if (command.programmeId() != null) {
            programmes.require(command.programmeId(), "programmeId").block(wait);
        }
        if (command.name() != null && !command.name().isBlank()) {
            names.claim(command.groupId(), command.name()).block(wait);
            CurrentUnitOfWork.get().onRollback(unitOfWork -> names.release(command.groupId(), command.name()).block(wait));
        }
        groups.newInstance(() -> new StandingGroup(command));
        return command.groupId();
    }

    @CommandHandler
    public Long handle(AddMemberCommand command) {
        if (command.partnerId() != null && !command.partnerId().isBlank()) {
            partners.require(command.partnerId(), "partnerId").block(wait);
        }
        if (command.invitedByPartnerId() != null && !command.invitedByPartnerId().isBlank()) {
            partners.require(command.invitedByPartnerId(), "invitedByPartnerId").block(wait);
        }
        return groups.load(command.groupId(), command.expectedVersion()).invoke(group -> group.handle(command));
    }
}
