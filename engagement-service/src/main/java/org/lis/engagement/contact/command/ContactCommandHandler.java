package org.lis.engagement.contact.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.lis.engagement.partner.command.Partner;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.BinaryOperator;

import static org.lis.engagement.EngagementError.CONTACT_ALREADY_ERASED;

/**
 * Contacts of a partner, with their keys. Adding one makes the contact's key and encrypts its personal data
 * before the partner records it; the key goes again when the command's unit of work rolls back, so a refused
 * or failed add leaves none. Erasing destroys the key once the erasure is stored, in the commit phase rather
 * than after it: Axon only logs a failure after commit, while one here reaches the sender, who repeats the
 * erasure; that is refused as already done (409) and destroys the key then. See the package description of
 * {@code partner.command} for why handlers sit around the aggregate.
 */
@Component
public class ContactCommandHandler {

    private final Repository<Partner> partners;
    private final ContactKeyStore keys;
    /** (key, plain text) to the stored form: {@link ContactCipher#encrypt} but in tests of the rules alone. */
    private final BinaryOperator<String> encryption;
    private final Duration wait;

    @Autowired
    public ContactCommandHandler(Repository<Partner> partners, ContactKeyStore keys, CommandProperties commands) {
        this(partners, keys, ContactCipher::encrypt, commands.timeout());
    }

    ContactCommandHandler(Repository<Partner> partners, ContactKeyStore keys, BinaryOperator<String> encryption,
                          Duration wait) {
        this.partners = partners;
        this.keys = keys;
        this.encryption = encryption;
        this.wait = wait;
    }

    @CommandHandler
    public Long handle(AddContactCommand command) {
        Aggregate<Partner> partner = partners.load(command.partnerId(), command.expectedVersion());
        String contactId = command.contactId();
        String key = keys.create(contactId).block(wait);
        CurrentUnitOfWork.get().onRollback(unitOfWork -> keys.delete(contactId).block(wait));
        EncryptedContact contact = new EncryptedContact(contactId, command.role(), command.lawfulBasis(),
                encrypt(key, command.name()), encrypt(key, command.email()), encrypt(key, command.phone()));
        return partner.invoke(p -> p.addContact(contact));
    }

    @CommandHandler
    public Long handle(EraseContactCommand command) {
        Aggregate<Partner> partner = partners.load(command.partnerId(), command.expectedVersion());
        Long version;
        try {
            version = partner.invoke(p -> p.handle(command));
        } catch (DomainException refused) {
            if (refused.code() == CONTACT_ALREADY_ERASED) {
                // a key an earlier erasure failed to destroy
                destroyKey(command.contactId());
            }
            throw refused;
        }
        CurrentUnitOfWork.get().onCommit(unitOfWork -> destroyKey(command.contactId()));
        return version;
    }

    /** Null for a value left out or blank, which the partner refuses where it needs one. */
    private String encrypt(String key, String plaintext) {
        return plaintext == null || plaintext.isBlank() ? null : encryption.apply(key, plaintext.strip());
    }

    private void destroyKey(String contactId) {
        keys.delete(contactId).block(wait);
    }
}
