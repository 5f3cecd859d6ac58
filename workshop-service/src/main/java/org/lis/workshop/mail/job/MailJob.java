package org.lis.workshop.mail.job;

import java.time.Instant;

import org.bson.Document;
import org.lis.events.workshop.MailKind;
import org.lis.workshop.mongo.Documents;

/**
 * One email (to every recipient it has) that is due about an invitation, as claimed by a sender: {@code revision}
 * changes whenever the planner moves or revives the job, so a sender that finishes a job moved under it leaves it
 * due. {@code attempts} counts the tries that failed.
 */
public record MailJob(String id, MailKind kind, String workshopId, String invitationId, Instant dueAt,
                      int attempts, String revision) {

    static MailJob from(Document document) {
        return new MailJob(document.getString(Documents.ID),
                Documents.enumValue(document, MailJobFields.KIND, MailKind.class),
                document.getString(MailJobFields.WORKSHOP_ID),
                document.getString(MailJobFields.INVITATION_ID),
                Documents.instant(document, MailJobFields.DUE_AT),
                document.getInteger(MailJobFields.ATTEMPTS, 0),
                document.getString(MailJobFields.REVISION));
    }
}
