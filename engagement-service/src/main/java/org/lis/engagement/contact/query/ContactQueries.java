package org.lis.engagement.contact.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.lis.engagement.contact.command.ContactCipher;
import org.lis.engagement.contact.command.ContactKeyStore;
import org.lis.events.partner.LawfulBasis;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

import static org.lis.engagement.contact.query.ContactFields.ENCRYPTED_EMAIL;
import static org.lis.engagement.contact.query.ContactFields.ENCRYPTED_NAME;
import static org.lis.engagement.contact.query.ContactFields.ENCRYPTED_PHONE;
import static org.lis.engagement.contact.query.ContactFields.LAWFUL_BASIS;
import static org.lis.engagement.contact.query.ContactFields.PARTNER_ID;
import static org.lis.engagement.contact.query.ContactFields.ROLE;

/**
 * A partner's contacts in plain text, for officers. A contact whose key is gone (erased while the
 * read model catches up) is left out rather than shown half-read.
 */
@Component
public class ContactQueries {

    private final FreshCollection contacts;
    private final ContactKeyStore keys;

    public ContactQueries(MongoDatabase database, ContactKeyStore keys, FreshReads fresh) {
        this.contacts = fresh.collection(database, ContactProjection.COLLECTION, ContactProjection.PROCESSING_GROUP);
        this.keys = keys;
    }

    public Mono<List<ContactView>> contactsOf(String partnerId) {
        return Flux.from(contacts.documents().find(Filters.eq(PARTNER_ID, partnerId)).sort(Sorts.ascending("_id")))
                .collectList()
                // most partners have no contacts: no trip to the key store (and its thread) for none
                .flatMap(docs -> docs.isEmpty() ? Mono.just(List.<ContactView>of())
                        : keys.find(docs.stream().map(doc -> doc.getString("_id")).toList())
                                .map(found -> decrypt(docs, found)));
    }

    /**
     * Empty when the partner has no such contact (one added a moment ago is waited for), or it was erased (its key
     * is gone even before the read model knows).
     */
    public Mono<ContactView> contact(String partnerId, String contactId) {
        return contacts.first(Filters.and(Filters.eq("_id", contactId), Filters.eq(PARTNER_ID, partnerId)))
                .flatMap(doc -> keys.find(List.of(contactId)).map(found -> decrypt(List.of(doc), found)))
                .flatMap(decrypted -> Mono.justOrEmpty(decrypted.stream().findFirst()));
    }

    private static List<ContactView> decrypt(List<Document> docs, Map<String, String> keys) {
        return docs.stream()
                .filter(doc -> keys.containsKey(doc.getString("_id")))
                .map(doc -> {
                    String key = keys.get(doc.getString("_id"));
                    return new ContactView(doc.getString("_id"),
                            ContactCipher.decrypt(key, doc.getString(ENCRYPTED_NAME)),
                            doc.getString(ROLE),
                            ContactCipher.decrypt(key, doc.getString(ENCRYPTED_EMAIL)),
                            ContactCipher.decrypt(key, doc.getString(ENCRYPTED_PHONE)),
                            LawfulBasis.valueOf(doc.getString(LAWFUL_BASIS)));
                })
                .toList();
    }
}
