package org.lis.workshop.schedule.command;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.ReminderSentEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.mail.command.MailPlan;

/**
 * Which invitations are emailed, and what each contact was sent: the calendar sequence of the last invitation or
 * update, the cancellation, the reminder of each sequence. From that it answers what is left to send, and refuses
 * to record an email twice, whichever instance sent it. Part of the {@link Workshop} aggregate.
 */
class Mailings {

    /** Invitations to be emailed, to the contact named (null: the partner's contacts). */
    private final Map<String, String> byMail = new HashMap<>();
    /** Invitation id, then contact id, to the calendar sequence of the last invitation or update sent. */
    private final Map<String, Map<String, Integer>> requestSequences = new HashMap<>();
    /** Invitation id to the contacts its invitation was sent to or failed for: not to be tried again. */
    private final Map<String, Set<String>> invitationDone = new HashMap<>();
    /** Every email recorded as sent or failed, by {@link #key}. */
    private final Set<String> recorded = new HashSet<>();

    /** What the workshop, as it stands, still wants sent about one invitation. */
    MailPlan plan(String invitationId, String partnerId, MailKind kind, int sequence, RsvpResponse response,
                  boolean withdrawn, WorkshopState workshop) {
        if (!byMail.containsKey(invitationId)) {
            return MailPlan.skip(partnerId, "the invitation was recorded as sent by other means");
        }
        // after a withdrawal, only the notice that the invitation was sent in error is still wanted
        String notWanted = withdrawn && kind != MailKind.WITHDRAWN ? "the invitation was withdrawn" : switch (kind) {
            case INVITATION, UPDATE -> workshop.cancelled() ? "the workshop is cancelled"
                    : workshop.closed() ? "the workshop is closed"
                    : response == RsvpResponse.DECLINED ? "the invitation was declined" : null;
            case CANCELLATION -> workshop.cancelled() ? null : "the workshop is not cancelled";
            case WITHDRAWN -> withdrawn ? null : "the invitation is not withdrawn";
            case REMINDER -> workshop.cancelled() ? "the workshop is cancelled"
                    : workshop.closed() ? "the workshop is closed"
                    : response != RsvpResponse.ACCEPTED ? "the invitation is not accepted"
                    : !workshop.startsAt().isAfter(workshop.now()) ? "the workshop has started" : null;
        };
        if (notWanted != null) {
            return MailPlan.skip(partnerId, notWanted);
        }
        Map<String, Integer> reached = requestSequences.getOrDefault(invitationId, Map.of());
        String namedContact = byMail.get(invitationId);
        if (kind == MailKind.INVITATION) {
            return new MailPlan(partnerId, namedContact, null,
                    Set.copyOf(invitationDone.getOrDefault(invitationId, Set.of())), null);
        }
        // updates, the cancellation, reminders and the withdrawal go to the contacts the invitation reached, in a
        // stable order; an invitation that reached nobody needs no withdrawal notice
        List<String> recipients = new TreeMap<>(reached).entrySet().stream()
                .filter(contact -> kind != MailKind.UPDATE || contact.getValue() < sequence)
                .map(Map.Entry::getKey)
                .filter(contactId -> !recorded.contains(key(invitationId, contactId, kind, sequence)))
                .toList();
        return recipients.isEmpty() ? MailPlan.skip(partnerId, "every contact the invitation reached has it")
                : new MailPlan(partnerId, namedContact, recipients, Set.of(), null);
    }

    /** Refuses an email already recorded, sent or failed: a redelivered or repeated send records nothing. */
    void requireNotRecorded(String invitationId, String contactId, MailKind kind, int sequence) {
        if (recorded.contains(key(invitationId, contactId, kind, sequence))) {
            throw new DomainException(WorkshopError.MAIL_ALREADY_RECORDED, "The " + kind + " email of invitation '"
                    + invitationId + "' at sequence " + sequence + " is already recorded"
                    + (contactId == null ? "" : " for contact '" + contactId + "'"));
        }
    }

    @EventSourcingHandler
    void on(InvitationMailRequestedEvent event) {
        byMail.put(event.invitationId(), event.contactId());
    }

    @EventSourcingHandler
    void on(InvitationSentEvent event) {
        outcome(event.invitationId(), event.contactId(), event.kind(), event.sequence());
        if (event.kind() != MailKind.CANCELLATION && event.kind() != MailKind.WITHDRAWN) {
            requestSequences.computeIfAbsent(event.invitationId(), id -> new HashMap<>())
                    .merge(event.contactId(), event.sequence(), Math::max);
        }
    }

    @EventSourcingHandler
    void on(ReminderSentEvent event) {
        recorded.add(key(event.invitationId(), event.contactId(), MailKind.REMINDER, event.sequence()));
    }

    @EventSourcingHandler
    void on(MailFailedEvent event) {
        outcome(event.invitationId(), event.contactId(), event.kind(), event.sequence());
    }

    private void outcome(String invitationId, String contactId, MailKind kind, int sequence) {
        recorded.add(key(invitationId, contactId, kind, sequence));
        if (kind == MailKind.INVITATION && contactId != null) {
            invitationDone.computeIfAbsent(invitationId, id -> new HashSet<>()).add(contactId);
        }
    }

    /** A cancellation, like a withdrawal notice, is one per contact, whatever the sequence it carried. */
    private static String key(String invitationId, String contactId, MailKind kind, int sequence) {
        int keyed = kind == MailKind.CANCELLATION || kind == MailKind.WITHDRAWN ? 0 : sequence;
        return invitationId + "/" + (contactId == null ? "-" : contactId) + "/" + kind + "/" + keyed;
    }

    /** What of the workshop's own state the plan depends on, at the time of asking. */
    record WorkshopState(boolean cancelled, boolean closed, Instant startsAt, Instant now) {
    }
}
