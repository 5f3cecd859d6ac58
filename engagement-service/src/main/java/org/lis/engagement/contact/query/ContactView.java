package org.lis.engagement.contact.query;

import org.lis.events.partner.LawfulBasis;

/** A contact decrypted for an officer; never served to the board or a facilitator. */
public record ContactView(String id, String name, String role, String email, String phone, LawfulBasis lawfulBasis) {
}
