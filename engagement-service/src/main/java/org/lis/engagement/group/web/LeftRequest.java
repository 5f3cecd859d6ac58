package org.lis.engagement.group.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lis.support.validation.MultiLine;

import java.time.LocalDate;

/** Body of {@code POST /api/groups/{id}/members/{partnerId}/left}. */
public record LeftRequest(@NotNull LocalDate leftOn,
                          @Schema(description = "Why it left. " + GroupRequest.FREE_TEXT)
                          @Size(max = 500) @MultiLine String reason) {
}
