package org.lis.workshop.mail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lis.workshop.mail.recipient.Recipient;
import org.lis.workshop.mail.recipient.Recipients;
import org.lis.workshop.mail.recipient.RecipientsUnavailable;

/** The engagement service's answer to the mailer, as a test sets it: each partner's contacts with their addresses. */
class StubRecipients implements Recipients {

    private final Map<String, List<Recipient>> byPartner = new ConcurrentHashMap<>();
    private volatile boolean unavailable;

    void contacts(String partnerId, Recipient... recipients) {
        byPartner.put(partnerId, List.of(recipients));
    }

    /** As after an erasure: the contact has no address any more. */
    void erase(String partnerId, String contactId) {
        byPartner.computeIfPresent(partnerId, (id, contacts) -> contacts.stream()
                .filter(contact -> !contact.contactId().equals(contactId)).toList());
    }

    void unavailable(boolean down) {
        this.unavailable = down;
    }

    @Override
    public List<Recipient> of(String partnerId, String contactId) {
        if (unavailable) {
            throw new RecipientsUnavailable("stubbed as unavailable", new IllegalStateException());
        }
        return byPartner.getOrDefault(partnerId, List.of()).stream()
                .filter(contact -> contactId == null || contact.contactId().equals(contactId))
                .toList();
    }
}
