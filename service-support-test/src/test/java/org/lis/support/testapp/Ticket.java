package org.lis.support.testapp;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.lis.support.error.DomainException;

/** Registered as the services register theirs, see {@link TestApplication}. */
public class Ticket {

    @AggregateIdentifier
    private String ticketId;
    private String title;

    protected Ticket() {
    }

    @CommandHandler
    public Ticket(OpenTicketCommand command) {
        if (command.title().equalsIgnoreCase("forbidden")) {
            throw new DomainException(TestError.TITLE_NOT_ALLOWED, "A ticket cannot be called 'forbidden'");
        }
        apply(new TicketOpenedEvent(command.ticketId(), command.title(), command.priority(), command.kind(),
                Instant.parse("2026-01-02T03:04:05Z")));
    }

    @CommandHandler
    public Long handle(RenameTicketCommand command) {
        if (command.title().equals(title)) {
            throw new DomainException(TestError.TITLE_UNCHANGED, "Ticket '" + title + "' already has this title");
        }
        apply(new TicketRenamedEvent(ticketId, command.title()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(TicketOpenedEvent event) {
        ticketId = event.ticketId();
        title = event.title();
    }

    @EventSourcingHandler
    void on(TicketRenamedEvent event) {
        title = event.title();
    }
}
