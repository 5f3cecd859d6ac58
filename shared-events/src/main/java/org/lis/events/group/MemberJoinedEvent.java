package org.lis.events.group;

import org.lis.events.common.ConcernsPartner;
import org.lis.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner became a member of a group on {@code joinedOn}, after an invitation (same {@code membershipId}) or
 * directly. Its membership engages it from that date, for the group's programme (or every programme when null) and
 * themes, which the event carries.
 */
public record MemberJoinedEvent(String groupId, String membershipId, String partnerId, LocalDate joinedOn,
                                String programmeId, List<Theme> themes) implements ConcernsPartner {

    public MemberJoinedEvent {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
