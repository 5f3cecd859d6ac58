package org.lis.workshop.mail.send;

import java.util.List;

import org.lis.events.workshop.MailFailure;

/**
 * An attempt at a mail job that must be repeated later: the mail server or the engagement service could not be
 * reached. {@code waiting} are the contacts still to be written to, empty when not known yet.
 */
class MailAttemptFailed extends RuntimeException {

    private final MailFailure failure;
    private final List<String> waiting;

    MailAttemptFailed(MailFailure failure, List<String> waiting, Throwable cause) {
        super(failure + " for " + waiting.size() + " contact(s): " + cause.getClass().getSimpleName(), cause);
        this.failure = failure;
        this.waiting = List.copyOf(waiting);
    }

    MailFailure failure() {
        return failure;
    }

    List<String> waiting() {
        return waiting;
    }
}
