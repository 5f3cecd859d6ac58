package org.lis.events.partner;

import org.lis.events.common.ConcernsPartner;

import java.time.LocalDate;

/**
 * The partner's profile and classification as in force from {@code effectiveOn}; earlier dates keep
 * the classification that was in force then.
 */
public record PartnerUpdatedEvent(String partnerId, String name, PartnerClassification classification,
                                  LocalDate effectiveOn) implements ConcernsPartner {
}
