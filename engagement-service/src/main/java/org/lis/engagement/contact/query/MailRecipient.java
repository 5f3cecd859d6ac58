package org.lis.engagement.contact.query;

/** A contact as an email is addressed to them; decrypted for the workshop service's mailer, and for nothing else. */
public record MailRecipient(String contactId, String name, String email) {

    @Override
    public String toString() {
        return "MailRecipient[" + contactId + "]";
    }
}
