package org.lis.engagement.partner.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.partner.PartnerClassification;

import java.time.LocalDate;

/** Enters a partner into the register; the name must already be claimed in the name registry. */
public record RegisterPartnerCommand(@TargetAggregateIdentifier String partnerId, String name,
                                     PartnerClassification classification, LocalDate effectiveOn) {
}
