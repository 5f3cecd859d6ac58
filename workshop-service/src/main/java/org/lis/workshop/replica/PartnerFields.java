package org.lis.workshop.replica;

/**
 * The fields of a document of {@link ReplicaCollections#PARTNERS}, one a partner id, written by
 * {@link ReplicaProjection} and read by {@link ReplicaQueries}. {@code contacts} holds one sub-document a contact id
 * with the flags {@code known} and {@code erased}; type is the partner type's name.
 */
final class PartnerFields {

    static final String NAME = "name";
    static final String TYPE = "type";
    static final String CONTACTS = "contacts";
    static final String CONTACT_KNOWN = "known";
    static final String CONTACT_ERASED = "erased";

    private PartnerFields() {
    }

    /** The path of a flag of one contact, for updates. */
    static String contactFlag(String contactId, String flag) {
        return CONTACTS + "." + contactId + "." + flag;
    }
}
