package org.lis.events.partner;

import java.time.LocalDate;

/** A partner organisation entered the register; its classification is in force from {@code effectiveOn}. */
public record PartnerRegisteredEvent(String partnerId, String name, PartnerClassification classification,
                                     LocalDate effectiveOn) {
}
