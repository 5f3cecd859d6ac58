package org.lis.workshop.mail.send;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.lis.support.error.DomainException;
import org.lis.support.error.ProblemMapper;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.mail.command.MailPlan;
import org.lis.workshop.mail.command.PlanMailCommand;

/**
 * The mailer's commands to the workshop, as the actor {@value #ACTOR} (which the audit shows). A command that lost
 * a race with another writer of the workshop is sent again; an email already recorded is no error here.
 */
class MailCommands {

    static final String ACTOR = "mailer";
    private static final int RACES = 5;

    private final CommandGateway gateway;
    private final Duration timeout;

    MailCommands(CommandGateway gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
    }

    MailPlan plan(PlanMailCommand command) {
        return send(command);
    }

    /** Records a sent or failed email; false when it was already recorded, by this instance or another. */
    boolean record(Object command) {
        try {
            send(command);
            return true;
        } catch (DomainException e) {
            if (e.code() == WorkshopError.MAIL_ALREADY_RECORDED) {
                return false;
            }
            throw e;
        }
    }

    private <R> R send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of("actor", ACTOR)), timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                Throwable cause = ProblemMapper.unwrap(e);
                if (cause instanceof ConcurrencyException && attempt < RACES) {
                    continue;
                }
                throw cause instanceof RuntimeException runtime ? runtime : e;
            }
        }
    }
}
