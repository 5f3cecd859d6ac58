package org.lis.events.group;

import org.lis.events.common.ConcernsPartner;
import org.lis.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * A steering group or task-and-finish group was formed, led by its convenor (a registered partner, e.g. the UK
 * Space Agency for the Upstream Space audit). {@code programmeId} is null for a group that serves no one programme:
 * its engagement then counts for every programme, as an activity without a programme does.
 */
public record GroupFormedEvent(String groupId, String name, GroupKind kind, String convenorPartnerId,
                               List<Theme> themes, String programmeId, String description, LocalDate formedOn)
        implements ConcernsPartner {

    public GroupFormedEvent {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The convenor: the partner the group's formation is about. */
    @Override
    public String partnerId() {
        return convenorPartnerId;
    }
}
