package org.lis.events.group;

import org.lis.events.common.ConcernsPartners;
import org.lis.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * A group met on {@code heldOn}, recorded once with the partners that attended (members on that date, or the
 * convenor). {@code themes} are the group's, carried along for coverage; {@code notes} are free text.
 */
public record GroupMeetingHeldEvent(String groupId, String programmeId, String meetingId, LocalDate heldOn,
                                    String title, List<String> attendeePartnerIds, List<Theme> themes, String notes)
        implements ConcernsPartners {

    public GroupMeetingHeldEvent {
        attendeePartnerIds = attendeePartnerIds == null ? List.of() : List.copyOf(attendeePartnerIds);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    @Override
    public List<String> partnerIds() {
        return attendeePartnerIds;
    }
}
