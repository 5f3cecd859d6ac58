package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.lis.engagement.coverage.query.CoverageFields.Facts;
import org.lis.events.common.Theme;
import org.lis.events.group.GroupFormedEvent;
import org.lis.events.group.GroupMeetingHeldEvent;
import org.lis.events.group.MemberInvitedEvent;
import org.lis.events.group.MemberJoinedEvent;
import org.lis.events.group.MemberLeftEvent;
import org.lis.support.projection.BatchedCollection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * The engagement facts of standing groups, kept with the other facts (see {@link CoverageProjection}, whose reset
 * empties the collection for both): a membership engages its partner from joining (the convenor's from the group's
 * formation), on the group's themes, for the group's programme or every programme; an invitation not yet taken up
 * counts as INVITED; leaving ends the period a membership covers in phases; each attendee of a meeting is engaged on
 * its date. The membership's id is the facts' ref, so a withdrawal can name it.
 */
@Component
@ProcessingGroup(CoverageProjection.PROCESSING_GROUP)
public class CoverageGroupProjection {

    private final BatchedCollection facts;

    public CoverageGroupProjection(MongoDatabase database) {
        this.facts = BatchedCollection.of(database, CoverageCollections.FACTS,
                Facts.PROGRAMME_ID, Facts.ALL_PROGRAMMES, Facts.PARTNER_ID)
                .loggingTo(CoverageCollections.changes(database));
    }

    /** The convenor leads the group: a member from its formation, never leaving (its ref is the group's id). */
    @EventHandler
    void on(GroupFormedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        facts.put(fact(eventId, FactKind.GROUP_MEMBERSHIP, event.convenorPartnerId(), event.programmeId(),
                event.formedOn(), recordedAt, event.groupId(), event.groupId(), event.themes()));
    }

    @EventHandler
    void on(MemberInvitedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        facts.put(fact(eventId, FactKind.GROUP_INVITED, event.partnerId(), event.programmeId(), event.invitedOn(),
                recordedAt, event.groupId(), event.membershipId(), event.themes()));
    }

    @EventHandler
    void on(MemberJoinedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        facts.put(fact(eventId, FactKind.GROUP_MEMBERSHIP, event.partnerId(), event.programmeId(), event.joinedOn(),
                recordedAt, event.groupId(), event.membershipId(), event.themes()));
    }

    @EventHandler
    void on(MemberLeftEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        facts.put(fact(eventId, FactKind.GROUP_LEFT, event.partnerId(), event.programmeId(), event.leftOn(),
                recordedAt, event.groupId(), event.membershipId(), List.of()));
    }

    /** One fact per attendee, keyed by the event and the partner. */
    @EventHandler
    void on(GroupMeetingHeldEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        for (String partnerId : event.attendeePartnerIds()) {
            facts.put(fact(eventId + ":" + partnerId, FactKind.GROUP_MEETING, partnerId, event.programmeId(),
                    event.heldOn(), recordedAt, event.groupId(), event.meetingId(), event.themes()));
        }
    }

    private static Document fact(String id, FactKind kind, String partnerId, String programmeId, LocalDate on,
                                 Instant recordedAt, String groupId, String ref, List<Theme> themes) {
        return new Document("_id", id)
                .append(Facts.KIND, kind.name())
                .append(Facts.PARTNER_ID, partnerId)
                .append(Facts.PROGRAMME_ID, programmeId)
                .append(Facts.ALL_PROGRAMMES, programmeId == null)
                .append(Facts.ON, on.toString())
                .append(Facts.RECORDED_AT, Date.from(recordedAt))
                .append(Facts.GROUP_ID, groupId)
                .append(Facts.REF, ref)
                .append(Facts.THEMES, themes.stream().map(Enum::name).toList());
    }
}
