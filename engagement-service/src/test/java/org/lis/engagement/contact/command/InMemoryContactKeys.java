package org.lis.engagement.contact.command;

import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Contacts' keys in a map, for tests of the command side; like the real stores, one key per contact. */
class InMemoryContactKeys implements ContactKeyStore {

    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private boolean failDeletes;

    @Override
    public Mono<String> create(String contactId) {
        return Mono.fromCallable(() -> {
            String key = ContactCipher.newKey();
            if (keys.putIfAbsent(contactId, key) != null) {
                throw new IllegalStateException("Contact " + contactId + " already has a key");
            }
            return key;
        });
    }

    @Override
    public Mono<Map<String, String>> find(Collection<String> contactIds) {
        return Mono.fromCallable(() -> contactIds.stream().filter(keys::containsKey)
                .collect(Collectors.toMap(id -> id, keys::get)));
    }

    @Override
    public Mono<Void> delete(String contactId) {
        return Mono.fromRunnable(() -> {
            if (failDeletes) {
                throw new IllegalStateException("The key store is unreachable");
            }
            keys.remove(contactId);
        });
    }

    /** From now on, destroying a key fails, as when the store cannot be reached. */
    void failDeletes() {
        failDeletes = true;
    }

    String keyOf(String contactId) {
        return keys.get(contactId);
    }
}
