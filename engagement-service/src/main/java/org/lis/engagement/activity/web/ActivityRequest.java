package org.lis.engagement.activity.web;

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
 * Body of {@code POST /api/partners/{id}/activities}. A blank {@code programmeId} is refused: it would
 * tie the activity to no programme there is, so it would count for none, not for all.
 */
public record ActivityRequest(
        @NotNull ActivityKind kind,
        @NotNull LocalDate occurredOn,
        @NotBlank @Size(max = 2000) @MultiLine String summary,
        @Size(max = 100) @SingleLine @Pattern(regexp = ".*\\S.*", message = "must not be blank; leave it out for engagement not tied to a programme")
        String programmeId,
        List<@NotNull Theme> themes) {
}
