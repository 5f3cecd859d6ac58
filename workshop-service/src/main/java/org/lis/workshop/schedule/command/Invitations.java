package org.lis.workshop.schedule.command;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;

/**
 * Who was invited to a workshop and what they answered, against its capacity: only acceptances take a place,
 * and an acceptance changed to another answer frees it. An invitation withdrawn (sent in error) takes no answer and
 * holds no place, and its partner may be invited again. Part of the {@link Workshop} aggregate.
 */
class Invitations {

    private String workshopId;
    private int capacity;
    private final Map<String, Invitation> byId = new HashMap<>();
    private final Set<String> partners = new HashSet<>();

    boolean include(String partnerId) {
        return partners.contains(partnerId);
    }

    void requireNotInvited(String partnerId) {
        if (partners.contains(partnerId)) {
            throw new DomainException(WorkshopError.PARTNER_ALREADY_INVITED,
                    "Partner '" + partnerId + "' is already invited to workshop '" + workshopId + "'");
        }
    }

    /** The partner invited, or a refusal when the workshop has no such invitation. */
    String partnerOf(String invitationId) {
        return require(invitationId).partnerId();
    }

    /** The invitation's answer, null while there is none. */
    RsvpResponse responseOf(String invitationId) {
        return require(invitationId).response();
    }

    /** Whether the invitation was withdrawn; a refusal when the workshop has no such invitation. */
    boolean withdrawn(String invitationId) {
        return require(invitationId).withdrawn();
    }

    /** The partner of an invitation that may be withdrawn: one the workshop has and that is not withdrawn yet. */
    String partnerWithdrawable(String invitationId) {
        Invitation invitation = require(invitationId);
        if (invitation.withdrawn()) {
            throw new DomainException(WorkshopError.INVITATION_ALREADY_WITHDRAWN,
                    "Invitation '" + invitationId + "' is already withdrawn");
        }
        return invitation.partnerId();
    }

    /**
     * The partner answering, once the answer fits: not before the invitation was sent, and an acceptance needs a
     * free place unless it holds one.
     */
    String partnerAnswering(String invitationId, RsvpResponse response, Instant respondedAt) {
        Invitation invitation = require(invitationId);
        if (invitation.withdrawn()) {
            throw new DomainException(WorkshopError.INVITATION_WITHDRAWN,
                    "Invitation '" + invitationId + "' was withdrawn (sent in error) and takes no answer");
        }
        if (invitation.sentAt() != null && respondedAt != null && respondedAt.isBefore(invitation.sentAt())) {
            throw new DomainException(WorkshopError.RSVP_BEFORE_INVITATION, "An answer given at " + respondedAt
                    + " precedes invitation '" + invitationId + "', sent at " + invitation.sentAt());
        }
        if (response == RsvpResponse.ACCEPTED && invitation.response() != RsvpResponse.ACCEPTED
                && acceptedPlaces() >= capacity) {
            throw new DomainException(WorkshopError.WORKSHOP_FULL,
                    "All " + capacity + " places of workshop '" + workshopId + "' are taken");
        }
        return invitation.partnerId();
    }

    /** Whether this answer is the one the invitation already holds, so recording it again would change nothing. */
    boolean alreadyAnswered(String invitationId, RsvpResponse response) {
        Invitation invitation = byId.get(invitationId);
        return invitation != null && invitation.response() == response;
    }

    @EventSourcingHandler
    void on(WorkshopScheduledEvent event) {
        workshopId = event.workshopId();
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(PartnerInvitedEvent event) {
        byId.put(event.invitationId(), new Invitation(event.partnerId(), event.sentAt(), null, false));
        partners.add(event.partnerId());
    }

    @EventSourcingHandler
    void on(RsvpRecordedEvent event) {
        Invitation invitation = byId.get(event.invitationId());
        Instant sentAt = invitation == null ? null : invitation.sentAt();
        byId.put(event.invitationId(), new Invitation(event.partnerId(), sentAt, event.response(), false));
    }

    @EventSourcingHandler
    void on(InvitationWithdrawnEvent event) {
        Invitation invitation = byId.get(event.invitationId());
        if (invitation != null) {
            byId.put(event.invitationId(), new Invitation(invitation.partnerId(), invitation.sentAt(),
                    invitation.response(), true));
        }
        partners.remove(event.partnerId());
    }

    private Invitation require(String invitationId) {
        Invitation invitation = byId.get(invitationId);
        if (invitation == null) {
            throw new DomainException(WorkshopError.INVITATION_NOT_FOUND,
                    "Workshop '" + workshopId + "' has no invitation '" + invitationId + "'");
        }
        return invitation;
    }

    private long acceptedPlaces() {
        return byId.values().stream().filter(i -> !i.withdrawn() && i.response() == RsvpResponse.ACCEPTED)
                .count();
    }

    private record Invitation(String partnerId, Instant sentAt, RsvpResponse response, boolean withdrawn) {
    }
}
