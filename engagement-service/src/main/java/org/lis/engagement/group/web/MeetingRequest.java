package org.lis.engagement.group.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.support.validation.MultiLine;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/groups/{id}/meetings}: a meeting recorded once, with the partners that attended (members
 * on that date, or the convenor), each named once.
 */
public record MeetingRequest(@NotNull LocalDate heldOn, @Size(max = 200) @SingleLine String title,
                             @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 100) String> attendeePartnerIds,
                             @Schema(description = "What was discussed. " + GroupRequest.FREE_TEXT)
                             @Size(max = 4000) @MultiLine String notes) {
}
