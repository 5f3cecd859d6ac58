package org.lis.engagement.partner.query;

import reactor.core.publisher.Mono;

/**
 * A partner's engagement as shown on {@code GET /api/partners/{id}}: its current level and the workshop
 * engagement behind it. Both need workshop events (invitations, RSVPs, attendance, feedback), so the
 * coverage read model answers; the partner register only asks, and does not depend on coverage.
 */
public interface PartnerEngagementQueries {

    /** @return the level now and the workshop history; NONE and no history for a partner nothing is known of */
    Mono<PartnerEngagement> engagementOf(String partnerId);
}
