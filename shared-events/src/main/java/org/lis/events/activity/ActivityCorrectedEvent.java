package org.lis.events.activity;

import org.lis.events.common.ConcernsPartners;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * An activity as it should have been recorded, with the reason: the whole activity after the correction
 * ({@code partnerIds} among it), and the partners it named before, so readers can take it back from a partner no
 * longer named. The recorded activity and earlier corrections stay as they were.
 */
public record ActivityCorrectedEvent(String activityId, List<String> partnerIds, List<String> previousPartnerIds,
                                     ActivityKind kind, LocalDate occurredOn, String summary, String programmeId,
                                     List<Theme> themes, String reason) implements ConcernsPartners {

    public ActivityCorrectedEvent {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        previousPartnerIds = previousPartnerIds == null ? List.of() : List.copyOf(previousPartnerIds);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** A partner the correction takes the activity from is as concerned by it as one it names. */
    @Override
    public List<String> concernedPartnerIds() {
        return Stream.concat(partnerIds.stream(), previousPartnerIds.stream()).distinct().toList();
    }
}
