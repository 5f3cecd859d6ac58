package org.lis.engagement.partner.query;

import reactor.core.publisher.Mono;

/**
 * A partner's current engagement level, as shown on {@code GET /api/partners/{id}}. The level needs
 * workshop events (invitations, attendance, feedback), so the coverage read model answers it; the
 * partner register only asks, and does not depend on coverage.
 */
public interface EngagementLevelLookup {

    /** @return the level now; NONE for a partner nothing is known of */
    Mono<EngagementLevel> levelOf(String partnerId);
}
