package org.lis.workshop.mail.job;

/**
 * The fields of a {@code mail_jobs} document, written by the {@link MailPlanner} and the senders through
 * {@link MailJobs}. Instants are BSON dates, kind and status enum names.
 */
final class MailJobFields {

    static final String KIND = "kind";
    static final String WORKSHOP_ID = "workshopId";
    static final String INVITATION_ID = "invitationId";
    /** When the email is meant to go: at once, or the reminder's time. */
    static final String DUE_AT = "dueAt";
    /** When a sender may next take it: the due time, or later after a failed attempt. */
    static final String RUN_AT = "runAt";
    static final String STATUS = "status";
    static final String ATTEMPTS = "attempts";
    static final String REVISION = "revision";
    /** The sender holding it, and until when; past that, another sender may take it over. */
    static final String OWNER = "owner";
    static final String LEASE_UNTIL = "leaseUntil";

    private MailJobFields() {
    }
}
