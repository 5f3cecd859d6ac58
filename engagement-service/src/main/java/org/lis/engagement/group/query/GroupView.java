package org.lis.engagement.group.query;

import org.lis.events.common.Theme;
import org.lis.events.group.GroupKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A standing group with its members' periods (newest last) and its meetings, partners named as the register names
 * them now. {@code memberCount}: members today (joined, not left), the convenor not included.
 */
public record GroupView(String id, String name, GroupKind kind, PartnerRef convenor, List<Theme> themes,
                        String programmeId, String description, LocalDate formedOn, int memberCount,
                        List<MemberView> members, List<MeetingView> meetings, long version) {

    /** A partner by id and name (null when not in the register yet). */
    public record PartnerRef(String partnerId, String name) {
    }

    /** INVITED (not yet joined), MEMBER, or LEFT. */
    public enum MemberStatus {
        INVITED,
        MEMBER,
        LEFT
    }

    /** One period of membership. */
    public record MemberView(String membershipId, String partnerId, String name, MemberStatus status,
                             LocalDate invitedOn, PartnerRef invitedBy, LocalDate joinedOn, LocalDate leftOn,
                             String leftReason) {
    }

    public record MeetingView(String meetingId, LocalDate heldOn, String title, List<PartnerRef> attendees,
                              String notes) {
    }
}
