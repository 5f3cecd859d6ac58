package org.lis.engagement.group.command;

import org.lis.events.common.Theme;
import org.lis.events.group.GroupKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Forms a standing group. {@code formedOn} defaults to {@code today}, the recording date from the service's clock,
 * which also lets the group refuse a formation in the future without reading a clock.
 */
public record FormGroupCommand(String groupId, String name, GroupKind kind, String convenorPartnerId,
                               List<Theme> themes, String programmeId, String description, LocalDate formedOn,
                               LocalDate today) {

    public FormGroupCommand {
        themes = themes == null ? List.of() : themes;
    }
}
