package org.lis.workshop.rsvp.web;

import java.time.Instant;

import org.lis.events.workshop.RsvpResponse;
import org.lis.workshop.schedule.query.WorkshopStatus;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a personal RSVP link shows its holder: the workshop, the organisation invited and its answer so far, and
 * whether the link can still be used. No one's personal data: the link's holder is known only by the link.
 */
public record RsvpLinkView(
        String workshopId,
        String invitationId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String venue,
        WorkshopStatus status,
        @Schema(description = "The organisation invited") String partnerName,
        @Schema(description = "The answer recorded so far, null while there is none") RsvpResponse response,
        @Schema(description = "Whether an answer can still be given with this link") boolean usable,
        @Schema(description = "Why not, when it cannot: ENDED, CANCELLED, CLOSED, "
                + "or WITHDRAWN (the invitation was sent in error)") String unusableBecause) {
}
