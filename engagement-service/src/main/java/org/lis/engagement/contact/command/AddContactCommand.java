package org.lis.engagement.contact.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.lis.events.partner.LawfulBasis;

/**
 * Adds a person to a partner. Name, email and phone are personal data, in plain text only here: the
 * {@link ContactCommandHandler} makes the contact's key and encrypts them before the partner records the
 * contact, so no event holds them readable. They are left out of {@link #toString()}, which logs may show.
 */
public record AddContactCommand(@TargetAggregateIdentifier String partnerId, String contactId, String role,
                                LawfulBasis lawfulBasis, String name, String email, String phone,
                                @TargetAggregateVersion Long expectedVersion) {

    @Override
    public String toString() {
        return "AddContactCommand[partnerId=" + partnerId + ", contactId=" + contactId + ", role=" + role
                + ", lawfulBasis=" + lawfulBasis + ", expectedVersion=" + expectedVersion + "]";
    }
}
