package org.lis.events.activity;

import org.lis.events.common.ConcernsPartners;

import java.util.List;

/**
 * An activity entered by mistake, taken back with the reason: it never took place as recorded. Nothing is deleted;
 * {@code partnerIds} and {@code programmeId} are those of the activity as it last stood.
 */
public record ActivityWithdrawnEvent(String activityId, List<String> partnerIds, String programmeId,
                                     String reason) implements ConcernsPartners {

    public ActivityWithdrawnEvent {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
