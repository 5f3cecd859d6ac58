package org.lis.events.group;

import org.lis.events.common.ConcernsPartner;
import org.lis.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner was invited to a group ("BTVLEP invited Buckinghamshire County Council to represent the area");
 * {@code invitedByPartnerId} is the partner that invited it, when known. The group's programme and themes are
 * carried along so that readers (coverage) need not look the group up.
 */
public record MemberInvitedEvent(String groupId, String membershipId, String partnerId, LocalDate invitedOn,
                                 String invitedByPartnerId, String programmeId, List<Theme> themes)
        implements ConcernsPartner {

    public MemberInvitedEvent {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
