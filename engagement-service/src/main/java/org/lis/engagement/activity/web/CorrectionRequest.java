package org.lis.engagement.activity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.validation.MultiLine;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/activities/{id}/corrections}: each field given replaces the activity's, what is left
 * out stays; the reason is required. The programme is not corrected: withdraw the activity and record it again.
 */
public record CorrectionRequest(
        ActivityKind kind,
        LocalDate occurredOn,
        @Schema(description = "What the engagement was about. " + ActivityRequest.FREE_TEXT)
        @Size(max = 2000) @MultiLine String summary,
        List<@NotNull Theme> themes,
        List<@NotNull @Size(max = 100) @SingleLine String> partnerIds,
        @Schema(description = "Why the activity is corrected. " + ActivityRequest.FREE_TEXT)
        @NotBlank @Size(max = 2000) @MultiLine String reason) {
}
