package org.lis.support.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RenameTicketCommand(@TargetAggregateIdentifier String ticketId,
                                  @TargetAggregateVersion Long expectedVersion, String title) {
}
