package org.lis.engagement.contact.command;

import org.lis.events.partner.LawfulBasis;

/**
 * A contact as the partner records it: name, email and phone already encrypted under the contact's own key
 * (null where there was nothing to encrypt), so the aggregate never holds them in plain text.
 */
public record EncryptedContact(String contactId, String role, LawfulBasis lawfulBasis, String encryptedName,
                               String encryptedEmail, String encryptedPhone) {
}
