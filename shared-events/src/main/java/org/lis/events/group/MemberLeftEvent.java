package org.lis.events.group;

import org.lis.events.common.ConcernsPartner;

import java.time.LocalDate;

/** A member left a group on {@code leftOn}, ending the membership {@code membershipId}; {@code reason} is optional. */
public record MemberLeftEvent(String groupId, String membershipId, String partnerId, LocalDate leftOn,
                              String reason, String programmeId) implements ConcernsPartner {
}
