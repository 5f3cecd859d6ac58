package org.lis.support.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenTicketCommand(@TargetAggregateIdentifier String ticketId, String title, int priority, TicketKind kind) {
}
