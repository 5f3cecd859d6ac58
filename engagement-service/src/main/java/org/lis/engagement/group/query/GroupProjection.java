package org.lis.engagement.group.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.lis.engagement.group.command.GroupNameRegistry;
import org.lis.engagement.group.query.GroupFields.Meetings;
import org.lis.engagement.group.query.GroupFields.Members;
import org.lis.engagement.partner.command.PartnerNames;
import org.lis.events.group.GroupFormedEvent;
import org.lis.events.group.GroupMeetingHeldEvent;
import org.lis.events.group.MemberInvitedEvent;
import org.lis.events.group.MemberJoinedEvent;
import org.lis.events.group.MemberLeftEvent;
import org.lis.support.mongo.CollectionReset;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.lis.engagement.group.query.GroupFields.*;

/**
 * Standing groups as officers and the board read them: one document a group with its members' periods and its
 * meetings. Each document remembers the sequence number of the last event applied ({@code version}, the group's
 * version too), so a redelivered event changes nothing. It also writes each formed group's name into the
 * {@link GroupNameRegistry}, so that a replay restores the names the command side guards.
 */
@Component
@ProcessingGroup(GroupProjection.PROCESSING_GROUP)
public class GroupProjection {

    public static final String PROCESSING_GROUP = "groups";
    public static final String COLLECTION = "groups";

    private final MongoCollection<Document> groups;
    private final MongoCollection<Document> names;

    public GroupProjection(MongoDatabase database) {
        this.groups = database.getCollection(COLLECTION);
        this.names = database.getCollection(GroupNameRegistry.COLLECTION);
    }

    @EventHandler
    void on(GroupFormedEvent event) {
        Document doc = new Document(VERSION, 0L)
                .append(NAME, event.name())
                .append(NAME_KEY, PartnerNames.normalise(event.name()))
                .append(KIND, event.kind().name())
                .append(CONVENOR_PARTNER_ID, event.convenorPartnerId())
                .append(THEMES, event.themes().stream().map(Enum::name).toList())
                .append(PROGRAMME_ID, event.programmeId())
                .append(DESCRIPTION, event.description())
                .append(FORMED_ON, event.formedOn().toString())
                .append(MEMBERS, List.of())
                .append(MEETINGS, List.of());
        groups.updateOne(Filters.eq("_id", event.groupId()), new Document("$setOnInsert", doc),
                new UpdateOptions().upsert(true));
        names.updateOne(Filters.eq("_id", PartnerNames.normalise(event.name())),
                Updates.set(GroupNameRegistry.GROUP_ID, event.groupId()), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(MemberInvitedEvent event, @SequenceNumber long seq) {
        applyOnce(event.groupId(), seq, group -> members(group).add(new Document(Members.MEMBERSHIP_ID, event.membershipId())
                .append(Members.PARTNER_ID, event.partnerId())
                .append(Members.INVITED_ON, event.invitedOn().toString())
                .append(Members.INVITED_BY, event.invitedByPartnerId())));
    }

    @EventHandler
    void on(MemberJoinedEvent event, @SequenceNumber long seq) {
        applyOnce(event.groupId(), seq, group -> membership(group, event.membershipId(), event.partnerId())
                .append(Members.JOINED_ON, event.joinedOn().toString()));
    }

    @EventHandler
    void on(MemberLeftEvent event, @SequenceNumber long seq) {
        applyOnce(event.groupId(), seq, group -> membership(group, event.membershipId(), event.partnerId())
                .append(Members.LEFT_ON, event.leftOn().toString()).append(Members.LEFT_REASON, event.reason()));
    }

    @EventHandler
    void on(GroupMeetingHeldEvent event, @SequenceNumber long seq) {
        applyOnce(event.groupId(), seq, group -> meetings(group).add(new Document(Meetings.MEETING_ID, event.meetingId())
                .append(Meetings.HELD_ON, event.heldOn().toString())
                .append(Meetings.TITLE, event.title())
                .append(Meetings.ATTENDEES, event.attendeePartnerIds())
                .append(Meetings.NOTES, event.notes())));
    }

    /** The names stay: they are the command side's, written again by the replay. */
    @ResetHandler
    void reset() {
        CollectionReset.empty(groups);
    }

    /** Changes the group's document once: only when the event is newer than the last applied. */
    private void applyOnce(String groupId, long seq, Consumer<Document> change) {
        Document group = groups.find(Filters.and(Filters.eq("_id", groupId), Filters.lt(VERSION, seq))).first();
        if (group == null) {
            return;
        }
        change.accept(group);
        group.put(VERSION, seq);
        groups.replaceOne(Filters.eq("_id", groupId), group, new ReplaceOptions());
    }

    private static List<Document> members(Document group) {
        List<Document> members = new ArrayList<>(group.getList(MEMBERS, Document.class, List.of()));
        group.put(MEMBERS, members);
        return members;
    }

    private static List<Document> meetings(Document group) {
        List<Document> meetings = new ArrayList<>(group.getList(MEETINGS, Document.class, List.of()));
        group.put(MEETINGS, meetings);
        return meetings;
    }

    /** The membership's entry; a partner who joined without an invitation gets one now. */
    private static Document membership(Document group, String membershipId, String partnerId) {
        List<Document> members = members(group);
        return members.stream().filter(m -> membershipId.equals(m.getString(Members.MEMBERSHIP_ID))).findFirst()
                .orElseGet(() -> {
                    Document added = new Document(Members.MEMBERSHIP_ID, membershipId).append(Members.PARTNER_ID, partnerId);
                    members.add(added);
                    return added;
                });
    }

    static LocalDate date(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
