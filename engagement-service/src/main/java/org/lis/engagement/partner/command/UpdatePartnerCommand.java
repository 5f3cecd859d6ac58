package org.lis.engagement.partner.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.partner.PartnerClassification;

import java.time.LocalDate;

/** New profile and classification, in force from {@code effectiveOn}. */
public record UpdatePartnerCommand(@TargetAggregateIdentifier String partnerId, String name,
                                   PartnerClassification classification, LocalDate effectiveOn,
                                   @TargetAggregateVersion Long expectedVersion) {
}
