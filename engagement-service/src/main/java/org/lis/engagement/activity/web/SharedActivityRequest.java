package org.lis.engagement.activity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.validation.MultiLine;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/activities}: an activity with everyone at the table. That {@code partnerIds} names at
 * least one partner, at most 50, none twice, is the aggregate's rule (400 naming {@code partnerIds}).
 */
public record SharedActivityRequest(
        @NotNull ActivityKind kind,
        @NotNull LocalDate occurredOn,
        @Schema(description = "What the engagement was about. " + ActivityRequest.FREE_TEXT)
        @NotBlank @Size(max = 2000) @MultiLine String summary,
        @Size(max = 100) @SingleLine @Pattern(regexp = ".*\\S.*", message = "must not be blank; leave it out for engagement not tied to a programme")
        String programmeId,
        List<@NotNull Theme> themes,
        @Schema(description = "The registered partners present: at least one, at most 50, each once")
        @NotNull List<@NotNull @Size(max = 100) @SingleLine String> partnerIds) {
}
