package org.lis.engagement.group.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/groups/{id}/members}: at least one of {@code invitedOn} and {@code joinedOn};
 * {@code invitedByPartnerId} names the partner that invited it ("BTVLEP invited Buckinghamshire County Council").
 */
public record MemberRequest(@NotBlank @Size(max = 100) @SingleLine String partnerId, LocalDate invitedOn,
                            LocalDate joinedOn, @Size(max = 100) @SingleLine String invitedByPartnerId) {
}
