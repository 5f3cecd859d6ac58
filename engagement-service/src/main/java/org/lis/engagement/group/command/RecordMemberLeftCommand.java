package org.lis.engagement.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** A member left the group on {@code leftOn}; {@code today} is the service clock's date. */
public record RecordMemberLeftCommand(@TargetAggregateIdentifier String groupId, String partnerId, LocalDate leftOn,
                                      String reason, LocalDate today,
        @TargetAggregateVersion Long expectedVersion) {
}
