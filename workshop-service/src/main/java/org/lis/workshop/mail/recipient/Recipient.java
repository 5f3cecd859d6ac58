package org.lis.workshop.mail.recipient;

/**
 * A contact to write to, as the engagement service decrypted it for this email: held in memory while the email is
 * made, never stored or logged (so {@link #toString()} shows the contact id alone).
 */
public record Recipient(String contactId, String name, String email) {

    @Override
    public String toString() {
        return "Recipient[" + contactId + "]";
    }
}
