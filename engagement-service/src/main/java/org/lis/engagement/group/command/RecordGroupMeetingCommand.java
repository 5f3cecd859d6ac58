package org.lis.engagement.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/** A meeting of the group, recorded once with the partners that attended; {@code today} is the service clock's date. */
public record RecordGroupMeetingCommand(@TargetAggregateIdentifier String groupId, String meetingId, LocalDate heldOn,
                                        String title, List<String> attendeePartnerIds, String notes,
                                        LocalDate today,
        @TargetAggregateVersion Long expectedVersion) {

    public RecordGroupMeetingCommand {
        attendeePartnerIds = attendeePartnerIds == null ? List.of() : attendeePartnerIds;
    }
}
