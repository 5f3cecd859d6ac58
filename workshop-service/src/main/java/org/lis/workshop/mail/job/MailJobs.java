package org.lis.workshop.mail.job;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.events.workshop.MailKind;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The due-list of emails, in the service's database, shared by every instance. A sender takes a job with one
 * atomic find-and-modify of its document (the embedded server and MongoDB both make that atomic), for a lease; a
 * job whose sender died is taken over once the lease has passed. Nothing here decides whether an email is still
 * wanted or was already sent: the workshop does (see {@code PlanMailCommand}).
 */
@Component
public class MailJobs {

    public static final String COLLECTION = "mail_jobs";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> jobs;

    public MailJobs(MongoDatabase database) {
        this.jobs = database.getCollection(COLLECTION);
        jobs.createIndex(Indexes.ascending(MailJobFields.STATUS, MailJobFields.RUN_AT));
        jobs.createIndex(Indexes.ascending(MailJobFields.WORKSHOP_ID));
    }

    /** Adds the job unless it exists: planning the same email again, on a redelivered event, changes nothing. */
    void plan(String id, MailKind kind, String workshopId, String invitationId, Instant dueAt) {
        jobs.updateOne(eq(Documents.ID, id), Updates.combine(
                Updates.setOnInsert(MailJobFields.KIND, kind.name()),
                Updates.setOnInsert(MailJobFields.WORKSHOP_ID, workshopId),
                Updates.setOnInsert(MailJobFields.INVITATION_ID, invitationId),
                Updates.setOnInsert(MailJobFields.DUE_AT, Documents.date(dueAt)),
                Updates.setOnInsert(MailJobFields.RUN_AT, Documents.date(dueAt)),
                Updates.setOnInsert(MailJobFields.STATUS, MailJobStatus.PENDING.name()),
                Updates.setOnInsert(MailJobFields.ATTEMPTS, 0),
                Updates.setOnInsert(MailJobFields.REVISION, newRevision())), UPSERT);
    }

    /** (Re)plans the job for {@code dueAt}, whatever it was: a reminder moved by a rescheduling, or revived. */
    void replan(String id, MailKind kind, String workshopId, String invitationId, Instant dueAt) {
        jobs.updateOne(eq(Documents.ID, id), Updates.combine(
                Updates.set(MailJobFields.KIND, kind.name()),
                Updates.set(MailJobFields.WORKSHOP_ID, workshopId),
                Updates.set(MailJobFields.INVITATION_ID, invitationId),
                Updates.set(MailJobFields.DUE_AT, Documents.date(dueAt)),
                Updates.set(MailJobFields.RUN_AT, Documents.date(dueAt)),
                Updates.set(MailJobFields.STATUS, MailJobStatus.PENDING.name()),
                Updates.set(MailJobFields.ATTEMPTS, 0),
                Updates.set(MailJobFields.REVISION, newRevision()),
                Updates.unset(MailJobFields.OWNER),
                Updates.unset(MailJobFields.LEASE_UNTIL)), UPSERT);
    }

    /** Withdraws a job not yet taken; one being sent is left to the workshop's judgement. */
    void cancel(String id) {
        jobs.updateOne(and(eq(Documents.ID, id), eq(MailJobFields.STATUS, MailJobStatus.PENDING.name())),
                Updates.set(MailJobFields.STATUS, MailJobStatus.CANCELLED.name()));
    }

    /** The jobs of a kind for a workshop's invitations, cancelled ones left out. */
    List<MailJob> of(String workshopId, MailKind kind) {
        return jobs.find(and(eq(MailJobFields.WORKSHOP_ID, workshopId), eq(MailJobFields.KIND, kind.name()),
                        ne(MailJobFields.STATUS, MailJobStatus.CANCELLED.name())))
                .sort(Sorts.ascending(Documents.ID)).map(MailJob::from).into(new ArrayList<>());
    }

    boolean exists(String id) {
        return jobs.find(eq(Documents.ID, id)).first() != null;
    }

    /**
     * Takes the job that has been due longest, if any: a waiting one whose time has come, or one whose sender's lease
     * ran out (that sender stopped or died).
     */
    public Optional<MailJob> claim(String owner, Instant now, Duration lease) {
        Bson due = or(
                and(eq(MailJobFields.STATUS, MailJobStatus.PENDING.name()), lte(MailJobFields.RUN_AT, Documents.date(now))),
                and(eq(MailJobFields.STATUS, MailJobStatus.RUNNING.name()),
                        lt(MailJobFields.LEASE_UNTIL, Documents.date(now))));
        Document claimed = jobs.findOneAndUpdate(due, Updates.combine(
                        Updates.set(MailJobFields.STATUS, MailJobStatus.RUNNING.name()),
                        Updates.set(MailJobFields.OWNER, owner),
                        Updates.set(MailJobFields.LEASE_UNTIL, Documents.date(now.plus(lease)))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending(MailJobFields.RUN_AT))
                        .returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(MailJob::from);
    }

    /** Finished, unless the job was moved or taken over meanwhile: then it stays as that left it. */
    public void done(MailJob job, String owner) {
        jobs.updateOne(held(job, owner), Updates.combine(
                Updates.set(MailJobFields.STATUS, MailJobStatus.DONE.name()),
                Updates.unset(MailJobFields.OWNER), Updates.unset(MailJobFields.LEASE_UNTIL)));
    }

    /** Waits until {@code runAt} before the next attempt, one more failure counted. */
    public void retryAt(MailJob job, String owner, Instant runAt) {
        jobs.updateOne(held(job, owner), Updates.combine(
                Updates.set(MailJobFields.STATUS, MailJobStatus.PENDING.name()),
                Updates.set(MailJobFields.RUN_AT, Documents.date(runAt)),
                Updates.set(MailJobFields.ATTEMPTS, job.attempts() + 1),
                Updates.unset(MailJobFields.OWNER), Updates.unset(MailJobFields.LEASE_UNTIL)));
    }

    private static Bson held(MailJob job, String owner) {
        return and(eq(Documents.ID, job.id()), eq(MailJobFields.REVISION, job.revision()),
                eq(MailJobFields.OWNER, owner), eq(MailJobFields.STATUS, MailJobStatus.RUNNING.name()));
    }

    private static String newRevision() {
        return UUID.randomUUID().toString();
    }
}
