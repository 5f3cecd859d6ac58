package org.lis.engagement.contact.query;

/**
 * The fields of a {@code partner_contacts} document, named once for the {@link ContactProjection} that writes them
 * and the {@link ContactQueries}. The personal data stays encrypted with the contact's key.
 */
final class ContactFields {

    static final String PARTNER_ID = "partnerId";
    static final String ROLE = "role";
    /** The lawful basis, by name. */
    static final String LAWFUL_BASIS = "lawfulBasis";
    static final String ENCRYPTED_NAME = "encryptedName";
    static final String ENCRYPTED_EMAIL = "encryptedEmail";
    static final String ENCRYPTED_PHONE = "encryptedPhone";

    private ContactFields() {
    }
}
