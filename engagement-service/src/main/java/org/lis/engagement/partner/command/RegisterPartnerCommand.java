package org.lis.engagement.partner.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.partner.PartnerClassification;

import java.time.LocalDate;

/** Enters a partner into the register under a name no other partner has (see {@link PartnerCommandHandler}). */
public record RegisterPartnerCommand(@TargetAggregateIdentifier String partnerId, String name,
                                     PartnerClassification classification, LocalDate effectiveOn) {
}
