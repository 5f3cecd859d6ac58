package org.lis.workshop.mail.send;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.lis.events.workshop.MailKind;
import org.lis.workshop.mail.job.ScheduledWorkshop;

/**
 * The subject and plain-text body of an email about a workshop, in the words an invitee reads: the title, the time
 * in Europe/London, the venue, the hypotheses to be tested and, but in a cancellation, the links to answer.
 */
public record MailText(String subject, String body) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** A hypothesis as the email names it. */
    public record Hypothesis(String title, String statement) {
    }

    /** The personal links, one an answer; null for a cancellation, which asks for none. */
    public record Links(String accept, String tentative, String decline) {
    }

    public static MailText of(MailKind kind, ScheduledWorkshop workshop, String recipientName,
                              List<Hypothesis> hypotheses, Links links, String signature, ZoneId zone) {
        String when = when(workshop.startsAt(), workshop.endsAt(), zone);
        String subject = switch (kind) {
            case INVITATION -> "Invitation: " + workshop.title() + ", " + day(workshop.startsAt(), zone);
            case UPDATE -> "Updated: " + workshop.title() + ", now " + day(workshop.startsAt(), zone);
            case CANCELLATION -> "Cancelled: " + workshop.title() + ", " + day(workshop.startsAt(), zone);
            case REMINDER -> "Reminder: " + workshop.title() + ", " + day(workshop.startsAt(), zone);
            case WITHDRAWN -> "Sent in error: invitation to " + workshop.title() + ", " + day(workshop.startsAt(), zone);
        };
        StringBuilder body = new StringBuilder();
        body.append(recipientName == null ? "Hello," : "Dear " + recipientName + ",").append("\n\n");
        body.append(switch (kind) {
            case INVITATION -> "You are invited to a workshop: " + workshop.title() + ".";
            case UPDATE -> "The workshop " + workshop.title() + " has changed. It now takes place as follows.";
            case CANCELLATION -> "The workshop " + workshop.title() + " is cancelled. We are sorry.";
            case REMINDER -> "A reminder: you accepted our invitation to the workshop " + workshop.title() + ".";
            case WITHDRAWN -> "We sent you an invitation to the workshop " + workshop.title() + " in error. Please"
                    + " disregard it; the calendar entry it made is withdrawn. We are sorry for the confusion.";
        }).append("\n\n");
        body.append("When: ").append(when).append('\n');
        if (workshop.venue() != null) {
            body.append("Where: ").append(workshop.venue()).append('\n');
        }
        if (kind == MailKind.CANCELLATION && workshop.cancelReason() != null) {
            body.append("Why: ").append(workshop.cancelReason()).append('\n');
        }
        if (kind != MailKind.CANCELLATION && kind != MailKind.WITHDRAWN && !hypotheses.isEmpty()) {
            body.append("\nThe workshop will test these investment hypotheses:\n");
            hypotheses.forEach(h -> body.append("- ").append(h.title())
                    .append(h.statement() == null ? "" : ": " + h.statement()).append('\n'));
        }
        if (links != null) {
            body.append('\n').append(kind == MailKind.INVITATION ? "Please tell us whether you can come:"
                    : "You can change your answer:").append('\n');
            body.append("  Accept:    ").append(links.accept()).append('\n');
            body.append("  Tentative: ").append(links.tentative()).append('\n');
            body.append("  Decline:   ").append(links.decline()).append('\n');
            body.append("The links need no sign-in and work until the workshop ends. Replies from your calendar do not"
                    + " reach us: please use a link.\n");
        }
        if (kind != MailKind.REMINDER) {
            body.append("\nThe calendar entry is attached.\n");
        }
        body.append('\n').append(signature).append('\n');
        return new MailText(subject, body.toString());
    }

    /** "Wednesday 10 April 2030, 10:00am to 2:00pm (UK time)". */
    static String when(Instant startsAt, Instant endsAt, ZoneId zone) {
        ZonedDateTime start = startsAt.atZone(zone);
        ZonedDateTime end = endsAt.atZone(zone);
        String until = end.toLocalDate().equals(start.toLocalDate()) ? time(end) : DAY.format(end) + ", " + time(end);
        return DAY.format(start) + ", " + time(start) + " to " + until + " (UK time)";
    }

    private static String day(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(at.atZone(zone));
    }

    private static String time(ZonedDateTime at) {
        return TIME.format(at).toLowerCase(Locale.UK);
    }
}
