package org.lis.engagement.contact.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Right to erasure: the contact's personal data goes, the partner's engagement stays. */
public record EraseContactCommand(@TargetAggregateIdentifier String partnerId, String contactId, Instant erasedAt,
                                  @TargetAggregateVersion Long expectedVersion) {
}
