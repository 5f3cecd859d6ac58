package org.lis.events.partner;

import org.lis.events.common.ConcernsPartner;

import java.time.LocalDate;

/** A partner organisation entered the register; its classification is in force from {@code effectiveOn}. */
public record PartnerRegisteredEvent(String partnerId, String name, PartnerClassification classification,
                                     LocalDate effectiveOn) implements ConcernsPartner {
}
