package org.lis.workshop.mail.recipient;

/** The engagement service could not say who to write to; the email is tried again later. */
public class RecipientsUnavailable extends RuntimeException {

    public RecipientsUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
