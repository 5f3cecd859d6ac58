package org.lis.events.workshop;

/**
 * What an email about a workshop was: the invitation itself, an updated calendar entry after a rescheduling, the
 * cancellation, or the reminder to those who accepted. The first three carry an iCalendar file.
 */
public enum MailKind {
    INVITATION,
    UPDATE,
    CANCELLATION,
    REMINDER
}
