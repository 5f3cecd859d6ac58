package org.lis.engagement.contact.command;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One AES key per contact, in its own collection ({@code {_id: contactId, key}}) apart from the events
 * and read models, so erasure is deleting one document. Keys are made here, before the event that
 * carries the ciphertexts, so the aggregate stays free of I/O.
 */
@Component
public class ContactKeyStore {

    public static final String COLLECTION = "contact_keys";

    private final MongoCollection<Document> keys;

    public ContactKeyStore(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    /** Makes and stores a new key for the contact. */
    public Mono<String> create(String contactId) {
        String key = ContactCipher.newKey();
        return Mono.from(keys.insertOne(new Document("_id", contactId).append("key", key))).thenReturn(key);
    }

    /** The keys that still exist for these contacts; an erased contact has none. */
    public Mono<Map<String, String>> find(Collection<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Flux.from(keys.find(Filters.in("_id", List.copyOf(contactIds))))
                .collectMap(doc -> doc.getString("_id"), doc -> doc.getString("key"));
    }

    public Mono<Void> delete(String contactId) {
        return Mono.from(keys.deleteOne(Filters.eq("_id", contactId))).then();
    }
}
