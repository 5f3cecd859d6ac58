package org.lis.engagement.contact.query;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.LawfulBasis;
import org.lis.support.test.DatabaseTestBase;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ContactProjectionTest extends DatabaseTestBase {

    private static final ContactAddedEvent ADDED = new ContactAddedEvent("p-1", "c-1", "Dean", LawfulBasis.CONSENT,
            "encName", "encEmail", "encPhone");

    private final ContactProjection projection = new ContactProjection(database);

    @Test
    void addedContactIsKeptEncryptedAndOnlyOnce() {
        projection.on(ADDED);
        projection.on(ADDED);
        assertThat(database.getCollection(ContactProjection.COLLECTION).countDocuments()).isEqualTo(1);
        Document doc = database.getCollection(ContactProjection.COLLECTION).find().first();
        assertThat(doc.getString("partnerId")).isEqualTo("p-1");
        assertThat(doc.getString("encryptedEmail")).isEqualTo("encEmail");
        assertThat(doc.getString("lawfulBasis")).isEqualTo("CONSENT");
    }

    @Test
    void erasureDropsEverythingOfTheContactEvenWhenRepeated() {
        projection.on(ADDED);
        projection.on(new ContactErasedEvent("p-1", "c-1", Instant.EPOCH));
        projection.on(new ContactErasedEvent("p-1", "c-1", Instant.EPOCH));
        assertThat(database.getCollection(ContactProjection.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void resetClearsTheContacts() {
        projection.on(ADDED);
        projection.reset();
        assertThat(database.getCollection(ContactProjection.COLLECTION).countDocuments()).isZero();
    }
}
