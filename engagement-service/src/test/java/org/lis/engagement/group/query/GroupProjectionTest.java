package org.lis.engagement.group.query;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.engagement.group.command.GroupNameRegistry;
import org.lis.events.common.Theme;
import org.lis.events.group.GroupFormedEvent;
import org.lis.events.group.GroupKind;
import org.lis.events.group.GroupMeetingHeldEvent;
import org.lis.events.group.MemberInvitedEvent;
import org.lis.events.group.MemberJoinedEvent;
import org.lis.events.group.MemberLeftEvent;
import org.lis.support.test.DatabaseTestBase;

import java.time.LocalDate;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/** The groups' read model: members' periods and meetings, each event applied once, rebuilt by a replay. */
class GroupProjectionTest extends DatabaseTestBase {

    private static final List<Theme> THEMES = List.of(Theme.CLEAN_GROWTH);
    private final GroupProjection projection = new GroupProjection(database);

    @Test
    void keepsMembersPeriodsAndMeetings() {
        recordAll();
        Document group = group();
        assertThat(group.getString("name")).isEqualTo("Upstream Space audit");
        assertThat(group.getString("nameKey")).isEqualTo("upstream space audit");
        assertThat(group.getLong("version")).isEqualTo(5L);
        List<Document> members = group.getList("members", Document.class);
        assertThat(members).hasSize(2);
        assertThat(members.get(0)).containsEntry("partnerId", "bcc").containsEntry("invitedOn", "2018-06-10")
                .containsEntry("invitedByPartnerId", "btvlep").containsEntry("joinedOn", "2018-07-01")
                .containsEntry("leftOn", "2018-08-31").containsEntry("leftReason", "Reorganised");
        assertThat(members.get(1)).containsEntry("partnerId", "avdc").containsEntry("joinedOn", "2018-07-05")
                .doesNotContainKey("invitedOn");
        assertThat(group.getList("meetings", Document.class).get(0).getList("attendeePartnerIds", String.class))
                .containsExactly("uksa", "bcc");
        assertThat(database.getCollection(GroupNameRegistry.COLLECTION).find(eq("_id", "upstream space audit"))
                .first()).containsEntry(GroupNameRegistry.GROUP_ID, "g-1");
    }

    @Test
    void everyEventAppliedTwiceLeavesTheSameState() {
        recordAll();
        Document once = group();
        recordAll();
        assertThat(group()).isEqualTo(once);
    }

    @Test
    void aResetAndReplayRebuildsTheSameGroupAndKeepsItsName() {
        recordAll();
        Document before = group();
        projection.reset();
        assertThat(database.getCollection(GroupProjection.COLLECTION).countDocuments()).isZero();
        recordAll();
        assertThat(group()).isEqualTo(before);
        assertThat(database.getCollection(GroupNameRegistry.COLLECTION).countDocuments()).isEqualTo(1);
    }

    private void recordAll() {
        projection.on(new GroupFormedEvent("g-1", "Upstream Space audit", GroupKind.STEERING_GROUP, "uksa", THEMES,
                null, null, LocalDate.of(2018, 6, 1)));
        projection.on(new MemberInvitedEvent("g-1", "m-1", "bcc", LocalDate.of(2018, 6, 10), "btvlep", null, THEMES), 1);
        projection.on(new MemberJoinedEvent("g-1", "m-1", "bcc", LocalDate.of(2018, 7, 1), null, THEMES), 2);
        projection.on(new MemberJoinedEvent("g-1", "m-2", "avdc", LocalDate.of(2018, 7, 5), null, THEMES), 3);
        projection.on(new GroupMeetingHeldEvent("g-1", null, "mt-1", LocalDate.of(2018, 7, 15), "Kick-off",
                List.of("uksa", "bcc"), THEMES, null), 4);
        projection.on(new MemberLeftEvent("g-1", "m-1", "bcc", LocalDate.of(2018, 8, 31), "Reorganised", null), 5);
    }

    private Document group() {
        return database.getCollection(GroupProjection.COLLECTION).find(eq("_id", "g-1")).first();
    }
}
