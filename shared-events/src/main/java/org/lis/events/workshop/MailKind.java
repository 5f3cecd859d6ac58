package org.lis.events.workshop;

/**
 * What an email about a workshop was: the invitation itself, an updated calendar entry after a rescheduling, the
 * cancellation, or the reminder to those who accepted. The first three carry an iCalendar file, as does the notice
 * that an invitation was sent in error (WITHDRAWN), which cancels the calendar entry the invitation made.
 */
public enum MailKind {
    INVITATION,
    UPDATE,
    CANCELLATION,
    REMINDER,
    WITHDRAWN
}
