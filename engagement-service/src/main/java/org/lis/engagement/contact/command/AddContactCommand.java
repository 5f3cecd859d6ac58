package org.lis.engagement.contact.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.partner.LawfulBasis;

/**
 * Adds a person to a partner. Name, email and phone arrive already encrypted under the contact's own
 * key, made by the web layer, so the aggregate never sees personal data in plain text nor does I/O.
 */
public record AddContactCommand(@TargetAggregateIdentifier String partnerId, String contactId, String role,
                                LawfulBasis lawfulBasis, String encryptedName, String encryptedEmail,
                                String encryptedPhone, @TargetAggregateVersion Long expectedVersion) {
}
