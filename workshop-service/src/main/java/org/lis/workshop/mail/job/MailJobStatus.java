package org.lis.workshop.mail.job;

/** Where a mail job stands: waiting, being sent, finished, or no longer wanted. */
enum MailJobStatus {
    PENDING,
    RUNNING,
    DONE,
    CANCELLED
}
