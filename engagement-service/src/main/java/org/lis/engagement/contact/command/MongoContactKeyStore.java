package org.lis.engagement.contact.command;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keys in their own collection ({@code {_id: contactId, key}}), for deployments where several instances of
 * the service share the keys. Erasure deletes the document; a deleted document is gone from queries at once
 * but not from the database's files, its journal or oplog, or backups until they are rewritten or expire,
 * which the deployment has to see to (docs/running.md, "Personal data on disk").
 */
public class MongoContactKeyStore implements ContactKeyStore {

    public static final String COLLECTION = "contact_keys";

    private final MongoCollection<Document> keys;

    public MongoContactKeyStore(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    @Override
    public Mono<String> create(String contactId) {
        String key = ContactCipher.newKey();
        return Mono.from(keys.insertOne(new Document("_id", contactId).append("key", key))).thenReturn(key);
    }

    @Override
    public Mono<Map<String, String>> find(Collection<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Flux.from(keys.find(Filters.in("_id", List.copyOf(contactIds))))
                .collectMap(doc -> doc.getString("_id"), doc -> doc.getString("key"));
    }

    @Override
    public Mono<Void> delete(String contactId) {
        return Mono.from(keys.deleteOne(Filters.eq("_id", contactId))).then();
    }
}
