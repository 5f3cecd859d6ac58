package org.lis.engagement.activity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lis.support.validation.MultiLine;

/** Body of {@code POST /api/activities/{id}/withdrawal}. */
public record WithdrawalRequest(
        @Schema(description = "Why the activity is withdrawn. " + ActivityRequest.FREE_TEXT)
        @NotBlank @Size(max = 2000) @MultiLine String reason) {
}
