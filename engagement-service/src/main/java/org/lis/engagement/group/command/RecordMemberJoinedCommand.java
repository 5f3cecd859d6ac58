package org.lis.engagement.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** An invited partner joined the group on {@code joinedOn}; {@code today} is the service clock's date. */
public record RecordMemberJoinedCommand(@TargetAggregateIdentifier String groupId, String partnerId,
                                        LocalDate joinedOn, LocalDate today,
        @TargetAggregateVersion Long expectedVersion) {
}
