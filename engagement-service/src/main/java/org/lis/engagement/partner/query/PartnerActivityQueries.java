package org.lis.engagement.partner.query;

import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The activities recorded with several partners that name a partner, for its history on
 * {@code GET /api/partners/{id}}: they live in the activities read model, which answers; the register only asks.
 */
public interface PartnerActivityQueries {

    /** @return one ACTIVITY entry per activity that names (or once named) the partner; none when there are none */
    Mono<List<HistoryEntry>> activitiesOf(String partnerId);
}
