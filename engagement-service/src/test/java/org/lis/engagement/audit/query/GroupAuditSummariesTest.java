package org.lis.engagement.audit.query;

import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.group.GroupFormedEvent;
import org.lis.events.group.GroupKind;
import org.lis.events.group.GroupMeetingHeldEvent;
import org.lis.events.group.MemberInvitedEvent;
import org.lis.events.group.MemberJoinedEvent;
import org.lis.events.group.MemberLeftEvent;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit's lines for standing groups: organisations and dates only, never a reason or the meeting's notes. */
class GroupAuditSummariesTest {

    private static final LocalDate ON = LocalDate.of(2018, 7, 1);

    @Test
    void eachGroupEventHasALineNamingItsPartnersAndGroup() {
        assertThat(AuditSummaries.summarize(new GroupFormedEvent("g-1", "Upstream Space audit",
                GroupKind.STEERING_GROUP, "uksa", List.of(Theme.CLEAN_GROWTH), null, "Steers it", ON)))
                .isEqualTo("group formed: Upstream Space audit (STEERING_GROUP, convened by {partner:uksa}, from "
                        + "2018-07-01, no programme)");
        assertThat(AuditSummaries.summarize(new MemberInvitedEvent("g-1", "m-1", "bcc", ON, "btvlep", null, List.of())))
                .isEqualTo("{partner:bcc} invited to {group:g-1} on 2018-07-01 by {partner:btvlep}");
        assertThat(AuditSummaries.summarize(new MemberJoinedEvent("g-1", "m-1", "bcc", ON, null, List.of())))
                .isEqualTo("{partner:bcc} joined {group:g-1} on 2018-07-01");
        assertThat(AuditSummaries.summarize(new MemberLeftEvent("g-1", "m-1", "bcc", ON, "Named a person", null)))
                .isEqualTo("{partner:bcc} left {group:g-1} on 2018-07-01");
        assertThat(AuditSummaries.summarize(new GroupMeetingHeldEvent("g-1", null, "mt-1", ON, "Kick-off",
                List.of("uksa", "bcc"), List.of(), "Notes naming a person")))
                .isEqualTo("{group:g-1} met on 2018-07-01, attended by 2 partners: {partner:uksa}, {partner:bcc}");
        assertThat(AuditSummaries.REFERENCE.matcher("{group:g-1}").matches()).isTrue();
    }
}
