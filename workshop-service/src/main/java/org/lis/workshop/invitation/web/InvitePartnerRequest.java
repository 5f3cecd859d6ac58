package org.lis.workshop.invitation.web;

import java.time.Instant;

import org.lis.support.validation.SingleLine;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code contactId} names a person at the partner (optional); {@code sentAt} given means the invitation was sent by
 * other means then, and nobody is emailed; left out, it is now and the system emails the invitation.
 */
public record InvitePartnerRequest(@NotBlank @SingleLine @Size(max = 100) String partnerId,
                                   @SingleLine @Size(max = 100) String contactId,
                                   @Schema(description = "When the invitation was sent by other means (no email is "
                                           + "sent then); leave it out for the system to email the invitation now")
                                   Instant sentAt) {
}
