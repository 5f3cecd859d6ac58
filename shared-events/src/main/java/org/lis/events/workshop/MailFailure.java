package org.lis.events.workshop;

/**
 * Why an email was not sent, in words free of personal data: a mail server's own answer can quote the address,
 * so it is never kept.
 */
public enum MailFailure {
    /** No contact to write to: none named and none of the partner's with a lawful basis that allows it, or erased. */
    NO_RECIPIENT,
    /** The mail server could not be reached or did not answer, on every attempt. */
    SERVER_UNAVAILABLE,
    /** The mail server refused the message. */
    REFUSED
}
