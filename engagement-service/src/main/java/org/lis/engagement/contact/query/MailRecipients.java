package org.lis.engagement.contact.query;

import java.util.List;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Who an invitation to a partner may be emailed to, decrypted now: the contact named, or else the partner's contacts,
 * in either case only those whose lawful basis allows it ({@link MailRecipientProperties}). An erased contact has no
 * key, so is never among them, even before the read model has dropped it.
 */
@Component
public class MailRecipients {

    private final ContactQueries contacts;
    private final MailRecipientProperties properties;

    public MailRecipients(ContactQueries contacts, MailRecipientProperties properties) {
        this.contacts = contacts;
        this.properties = properties;
    }

    public Mono<List<MailRecipient>> of(String partnerId, String contactId) {
        Mono<List<ContactView>> candidates = contactId == null ? contacts.contactsOf(partnerId)
                : contacts.contact(partnerId, contactId).map(List::of).defaultIfEmpty(List.of());
        return candidates.map(found -> found.stream()
                .filter(contact -> properties.lawfulBases().contains(contact.lawfulBasis()))
                .filter(contact -> contact.email() != null)
                .map(MailRecipients::recipient)
                .toList());
    }

    private static MailRecipient recipient(ContactView contact) {
        return new MailRecipient(contact.id(), contact.name(), contact.email());
    }
}
