package org.lis.workshop.mail.send;

import java.util.Locale;

import org.lis.events.workshop.MailKind;

/**
 * The Message-ID of an email, made from what it is (kind, invitation, contact, calendar sequence) rather than at
 * random: an email sent again after a crash carries the same id, which mail programs take for the same message.
 */
final class MessageIds {

    private MessageIds() {
    }

    static String of(MailKind kind, String invitationId, String contactId, int sequence, String domain) {
        return "<" + kind.name().toLowerCase(Locale.ROOT) + "." + invitationId + "." + contactId + "." + sequence
                + "@" + domain + ">";
    }
}
