package org.lis.engagement.contact.command;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Keys that a deployment now using a key file made while its keys were still in the database: moved into the
 * file at start-up, before the service takes requests, then dropped from the collection. Moving again after a
 * crash halfway keeps what the file already has. The database's files may still hold old pages with these
 * keys (docs/running.md says what that means for erasure).
 */
public final class LegacyContactKeys {

    private static final Logger log = LoggerFactory.getLogger(LegacyContactKeys.class);

    private LegacyContactKeys() {
    }

    /** @return how many keys were moved */
    public static int moveInto(FileContactKeyStore store, MongoDatabase database) {
        MongoCollection<Document> legacy = database.getCollection(MongoContactKeyStore.COLLECTION);
        int seen = 0;
        int moved = 0;
        for (Document doc : legacy.find()) {
            seen++;
            String contactId = doc.getString("_id");
            if (!store.hasKey(contactId)) {
                try {
                    store.keep(contactId, doc.getString("key"));
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not move the key of contact " + contactId + " into the key file", e);
                }
                moved++;
            }
        }
        if (seen > 0) {
            legacy.drop();
        }
        if (moved > 0) {
            log.info("Moved {} contact keys from the database's {} collection into the key file", moved,
                    MongoContactKeyStore.COLLECTION);
        }
        return moved;
    }
}
