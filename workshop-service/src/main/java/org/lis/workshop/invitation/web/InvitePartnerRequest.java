package org.lis.workshop.invitation.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;

/** {@code contactId} names a person at the partner (optional); {@code sentAt} defaults to now. */
public record InvitePartnerRequest(@NotBlank String partnerId, String contactId, Instant sentAt) {
}
