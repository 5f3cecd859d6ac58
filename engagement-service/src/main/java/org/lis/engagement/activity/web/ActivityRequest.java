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
 * Body of {@code POST /api/partners/{id}/activities}. A blank {@code programmeId} is refused: it would
 * tie the activity to no programme there is, so it would count for none, not for all. The summary is free text,
 * which erasing a contact does not reach.
 */
public record ActivityRequest(
        @NotNull ActivityKind kind,
        @NotNull LocalDate occurredOn,
        @Schema(description = "What the engagement was about. " + ActivityRequest.FREE_TEXT)
        @NotBlank @Size(max = 2000) @MultiLine String summary,
        @Size(max = 100) @SingleLine @Pattern(regexp = ".*\\S.*", message = "must not be blank; leave it out for engagement not tied to a programme")
        String programmeId,
        List<@NotNull Theme> themes) {

    static final String FREE_TEXT = "Free text is kept as written, in the event store and the read models, and"
            + " erasing a contact does not reach it: do not name people or give their email, phone or other personal"
            + " details here; record a person as a contact of the partner instead.";
}
