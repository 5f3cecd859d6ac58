package org.lis.workshop.mail.recipient;

import java.util.List;

/**
 * Who an email about an invitation goes to, asked of the engagement service, which holds contacts' personal data and
 * their keys, at the moment of sending: an erased contact has no address any more, so is never written to.
 */
public interface Recipients {

    /**
     * The contact named, or when {@code contactId} is null every contact of the partner whose lawful basis allows
     * mail; none when erased or unknown.
     *
     * @throws RecipientsUnavailable when the engagement service cannot answer now
     */
    List<Recipient> of(String partnerId, String contactId);
}
