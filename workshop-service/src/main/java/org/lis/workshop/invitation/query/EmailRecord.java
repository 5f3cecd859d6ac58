package org.lis.workshop.invitation.query;

import java.time.Instant;

import org.bson.Document;
import org.lis.events.workshop.MailFailure;
import org.lis.events.workshop.MailKind;
import org.lis.workshop.mongo.Documents;

/**
 * One email about an invitation, as recorded: sent (with its message id) or failed (with why, after how many
 * attempts). {@code contactId} null for a failure that found no one to write to.
 */
public record EmailRecord(MailKind kind, int sequence, String contactId, String messageId, Instant at,
                          MailFailure failure, Integer attempts) {

    static final String KIND = "kind";
    static final String SEQUENCE = "sequence";
    static final String CONTACT_ID = "contactId";
    static final String MESSAGE_ID = "messageId";
    static final String AT = "at";
    static final String FAILURE = "failure";
    static final String ATTEMPTS = "attempts";

    static EmailRecord from(Document document) {
        return new EmailRecord(Documents.enumValue(document, KIND, MailKind.class),
                document.getInteger(SEQUENCE, 0), document.getString(CONTACT_ID),
                document.getString(MESSAGE_ID), Documents.instant(document, AT),
                Documents.enumValue(document, FAILURE, MailFailure.class), document.getInteger(ATTEMPTS));
    }

    Document toDocument() {
        return new Document(KIND, kind.name()).append(SEQUENCE, sequence).append(CONTACT_ID, contactId)
                .append(MESSAGE_ID, messageId).append(AT, Documents.date(at))
                .append(FAILURE, failure == null ? null : failure.name()).append(ATTEMPTS, attempts);
    }

    /** The field of the invitation's document that holds this email: one per kind, sequence and contact. */
    String key() {
        return InvitationFields.EMAILS + "." + kind.name() + "-" + sequence + "-" + (contactId == null ? "none" : contactId);
    }

    boolean sent() {
        return failure == null;
    }
}
