package org.lis.engagement.group.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lis.events.common.Theme;
import org.lis.events.group.GroupKind;
import org.lis.support.validation.MultiLine;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/groups}. Without {@code programmeId} the group serves no one programme and its engagement
 * counts for every programme; a blank one is refused, as for activities. {@code formedOn} defaults to today.
 */
public record GroupRequest(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull GroupKind kind,
        @NotBlank @Size(max = 100) @SingleLine String convenorPartnerId,
        List<@NotNull Theme> themes,
        @Size(max = 100) @SingleLine @Pattern(regexp = ".*\\S.*", message = "must not be blank; leave it out for a group that serves every programme")
        String programmeId,
        @Schema(description = "What the group is for. " + GroupRequest.FREE_TEXT)
        @Size(max = 2000) @MultiLine String description,
        LocalDate formedOn) {

    static final String FREE_TEXT = "Free text is kept as written, in the event store and the read models, and"
            + " erasing a contact does not reach it: do not name people or give their personal details here.";
}
