package org.lis.engagement.group.query;

import org.lis.events.common.Theme;
import org.lis.events.group.GroupKind;

import java.time.LocalDate;
import java.util.List;

/** A group in the list: who convenes it, on what, how many members it has today and how often it met. */
public record GroupSummary(String id, String name, GroupKind kind, GroupView.PartnerRef convenor, List<Theme> themes,
                           String programmeId, LocalDate formedOn, int memberCount, int meetingCount, long version) {
}
