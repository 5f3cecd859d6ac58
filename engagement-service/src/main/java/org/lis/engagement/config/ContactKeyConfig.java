package org.lis.engagement.config;

import com.mongodb.client.MongoDatabase;
import org.lis.engagement.contact.command.ContactKeyProperties;
import org.lis.engagement.contact.command.ContactKeyStore;
import org.lis.engagement.contact.command.FileContactKeyStore;
import org.lis.engagement.contact.command.LegacyContactKeys;
import org.lis.engagement.contact.command.MongoContactKeyStore;
import org.lis.engagement.contact.query.MailRecipientProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where contacts' keys live: in a file when {@code lis.contacts.key-file} is set (keys already in the database
 * are moved there first, before any request can look for them), in the database otherwise. The file store is
 * closed with the context, which releases its lock.
 */
@Configuration
@EnableConfigurationProperties({ContactKeyProperties.class, MailRecipientProperties.class})
public class ContactKeyConfig {

    @Bean
    public ContactKeyStore contactKeyStore(ContactKeyProperties properties, MongoDatabase database,
                                           com.mongodb.reactivestreams.client.MongoDatabase reactiveDatabase) {
        if (properties.keyFile() == null) {
            return new MongoContactKeyStore(reactiveDatabase);
        }
        FileContactKeyStore store = FileContactKeyStore.open(properties.keyFile());
        try {
            LegacyContactKeys.moveInto(store, database);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
