package org.lis.events.partner;

import org.lis.events.common.ConcernsPartner;

/**
 * A person at a partner. Name, email and phone are AES-GCM ciphertexts (Base64) under a key kept
 * for this contact alone, so that erasing the key leaves nothing readable in the event store.
 */
public record ContactAddedEvent(String partnerId, String contactId, String role, LawfulBasis lawfulBasis,
                                String encryptedName, String encryptedEmail, String encryptedPhone) implements ConcernsPartner {
}
