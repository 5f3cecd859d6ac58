package org.lis.workshop.invitation.web;

import java.time.Instant;

import org.lis.support.validation.SingleLine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code contactId} names a person at the partner (optional); {@code sentAt} defaults to now. */
public record InvitePartnerRequest(@NotBlank @SingleLine @Size(max = 100) String partnerId,
                                   @SingleLine @Size(max = 100) String contactId,
                                   Instant sentAt) {
}
