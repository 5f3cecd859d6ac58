package org.lis.engagement.partner.query;

import reactor.core.publisher.Mono;

/**
 * A partner's current engagement level, as shown on {@code GET /api/partners/{id}}. The full level
 * needs workshop events (invitations, attendance, feedback): the coverage read model provides that
 * implementation; until one is present, {@link ActivityEngagementLevelLookup} answers from the
 * partner's own activities.
 */
public interface EngagementLevelLookup {

    /** @return the level now; NONE for a partner nothing is known of */
    Mono<EngagementLevel> levelOf(String partnerId);
}
