package org.lis.workshop.invitation.query;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.lis.events.workshop.MailKind;

/**
 * What the system emailed about an invitation, for the officer: the state (decided by the last email), when the
 * reminder went, and every email in the order recorded. No address or name: those stay with the contact.
 */
public record Delivery(DeliveryState state, Instant reminderSentAt, List<EmailRecord> emails) {

    static Delivery of(boolean requested, List<EmailRecord> emails) {
        List<EmailRecord> ordered = emails.stream().sorted(Comparator.comparing(EmailRecord::at,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        DeliveryState state = ordered.isEmpty()
                ? requested ? DeliveryState.PENDING : DeliveryState.NOT_EMAILED
                : ordered.get(ordered.size() - 1).sent() ? DeliveryState.SENT : DeliveryState.FAILED;
        Instant reminded = ordered.stream().filter(e -> e.kind() == MailKind.REMINDER && e.sent())
                .map(EmailRecord::at).reduce((first, second) -> second).orElse(null);
        return new Delivery(state, reminded, ordered);
    }
}
