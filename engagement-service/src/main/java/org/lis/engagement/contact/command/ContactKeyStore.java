package org.lis.engagement.contact.command;

import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;

/**
 * One AES key per contact, kept apart from the events and read models. Keys are made here, before the
 * event that carries the ciphertexts, so the aggregate stays free of I/O; erasure destroys the key, which
 * leaves the contact's ciphertexts in the event store unreadable. Whether destroying is real depends on
 * where the keys live: {@link FileContactKeyStore} overwrites them in place, {@link MongoContactKeyStore}
 * leaves that to the database (see docs/running.md, "Personal data on disk").
 */
public interface ContactKeyStore {

    /** Makes and stores a new key for the contact; the key is Base64, as {@link ContactCipher} takes it. */
    Mono<String> create(String contactId);

    /** The keys that still exist for these contacts; an erased contact has none. */
    Mono<Map<String, String>> find(Collection<String> contactIds);

    /** Destroys the contact's key; does nothing for a contact that has none. */
    Mono<Void> delete(String contactId);
}
