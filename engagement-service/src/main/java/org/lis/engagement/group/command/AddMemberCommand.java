package org.lis.engagement.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Adds a partner to a group: invited on {@code invitedOn}, joined on {@code joinedOn}, or both (at least one).
 * {@code membershipId} is new, naming this period of membership; {@code today} is the service clock's date.
 */
public record AddMemberCommand(@TargetAggregateIdentifier String groupId, String membershipId, String partnerId,
                               LocalDate invitedOn, LocalDate joinedOn, String invitedByPartnerId, LocalDate today,
        @TargetAggregateVersion Long expectedVersion) {
}
