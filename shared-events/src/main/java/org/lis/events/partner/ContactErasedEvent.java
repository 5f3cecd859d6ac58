package org.lis.events.partner;

import org.lis.events.common.ConcernsPartner;

import java.time.Instant;

/** The contact's personal data was erased on request; the key that could read it is gone. */
public record ContactErasedEvent(String partnerId, String contactId, Instant erasedAt) implements ConcernsPartner {
}
