package org.lis.engagement.contact.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.lis.support.mongo.ViewCollection;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.springframework.stereotype.Component;

import static org.lis.engagement.contact.query.ContactFields.ENCRYPTED_EMAIL;
import static org.lis.engagement.contact.query.ContactFields.ENCRYPTED_NAME;
import static org.lis.engagement.contact.query.ContactFields.ENCRYPTED_PHONE;
import static org.lis.engagement.contact.query.ContactFields.LAWFUL_BASIS;
import static org.lis.engagement.contact.query.ContactFields.PARTNER_ID;
import static org.lis.engagement.contact.query.ContactFields.ROLE;

/**
 * The contacts of each partner, still encrypted: only an officer's read decrypts them, with the
 * contact's key. Erasure deletes the document, so the read model keeps nothing of an erased contact.
 */
@Component
@ProcessingGroup(ContactProjection.PROCESSING_GROUP)
public class ContactProjection {

    public static final String PROCESSING_GROUP = "partner-contacts";

    public static final String COLLECTION = "partner_contacts";

    private final ViewCollection contacts;

    public ContactProjection(MongoDatabase database) {
        this.contacts = ViewCollection.of(database, COLLECTION);
    }

    @EventHandler
    void on(ContactAddedEvent event) {
        Document doc = new Document("_id", event.contactId())
                .append(PARTNER_ID, event.partnerId())
                .append(ROLE, event.role())
                .append(LAWFUL_BASIS, event.lawfulBasis().name())
                .append(ENCRYPTED_NAME, event.encryptedName())
                .append(ENCRYPTED_EMAIL, event.encryptedEmail())
                .append(ENCRYPTED_PHONE, event.encryptedPhone());
        contacts.put(doc);
    }

    @EventHandler
    void on(ContactErasedEvent event) {
        contacts.delete(event.contactId());
    }

    @ResetHandler
    void reset() {
        contacts.clear();
    }
}
