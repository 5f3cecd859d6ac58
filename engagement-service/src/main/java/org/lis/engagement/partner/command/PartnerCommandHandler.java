package org.lis.engagement.partner.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.lis.support.command.CommandProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Registers and updates partners, holding each name in the {@link PartnerNameRegistry} for the command: the
 * claim is made before the partner records the name and given back when the command's unit of work rolls
 * back (a refused profile, an unknown partner, a stale version, a lost race), so every sender keeps the rule,
 * not only the web layer. See the package description for why handlers sit around the aggregate.
 * <p>
 * A command sent again after losing a race with another writer claims again: the first attempt's claim was
 * given back by its rollback, and a claim of the partner's own name joins the one it holds.
 */
@Component
public class PartnerCommandHandler {

    private final Repository<Partner> partners;
    private final PartnerNameRegistry names;
    private final Duration wait;

    public PartnerCommandHandler(Repository<Partner> partners, PartnerNameRegistry names, CommandProperties commands) {
        this.partners = partners;
        this.names = names;
        this.wait = commands.timeout();
    }

    @CommandHandler
    public String handle(RegisterPartnerCommand command) throws Exception {
        claim(command.partnerId(), command.name());
        partners.newInstance(() -> new Partner(command));
        return command.partnerId();
    }

    @CommandHandler
    public Long handle(UpdatePartnerCommand command) {
        claim(command.partnerId(), command.name());
        return partners.load(command.partnerId(), command.expectedVersion()).invoke(partner -> partner.handle(command));
    }

    /** A blank name claims nothing: the partner refuses it. A name the partner already has needs no giving back. */
    private void claim(String partnerId, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        if (Boolean.TRUE.equals(names.claim(partnerId, name).block(wait))) {
            CurrentUnitOfWork.get().onRollback(unitOfWork -> names.release(partnerId, name).block(wait));
        }
    }
}
