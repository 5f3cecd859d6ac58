package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.lis.support.projection.ChangeLog;
import org.lis.support.projection.BatchedCollection;
import org.lis.engagement.coverage.query.CoverageFields.Facts;
import org.lis.events.consultation.ConsultationResponseRecordedEvent;
import org.lis.events.activity.ActivityCorrectedEvent;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.lis.engagement.coverage.query.BusinessDates.iso;
import static org.lis.engagement.coverage.query.BusinessDates.utcDate;

/**
 * Keeps dated engagement facts from both services' events so coverage can be answered for any business
 * date ({@code asOf}) and any recording instant ({@code recordedBy}). Nothing is overwritten: each event
 * becomes its own document keyed by the event's identifier, which makes every handler idempotent. What
 * the facts are measured against (partners, programmes, workshops) is kept by
 * {@link CoverageRegisterProjection} and {@link CoverageWorkshopProjection}, in the same processing group.
 */
@Component
@ProcessingGroup(CoverageProjection.PROCESSING_GROUP)
public class CoverageProjection {

    public static final String PROCESSING_GROUP = "coverage";

    private final BatchedCollection facts;
    private final ChangeLog changes;

    public CoverageProjection(MongoDatabase database) {
        this.changes = CoverageCollections.changes(database);
        this.facts = BatchedCollection.of(database, CoverageCollections.FACTS,
                Facts.PROGRAMME_ID, Facts.ALL_PROGRAMMES, Facts.PARTNER_ID)
                .loggingTo(changes);
        // what every coverage question and partner page reads by (see CoverageHistoryQueries)
    }

    @EventHandler
    void on(PartnerInvitedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.INVITED, event.partnerId(), event.programmeId(),
                utcDate(event.sentAt(), recordedAt), recordedAt)
                .append(Facts.WORKSHOP_ID, event.workshopId()).append(Facts.INVITATION_ID, event.invitationId())
                .append(Facts.REF, event.invitationId()));
    }

    @EventHandler
    void on(RsvpRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.RSVP, event.partnerId(), event.programmeId(),
                utcDate(event.respondedAt(), recordedAt), recordedAt)
                .append(Facts.WORKSHOP_ID, event.workshopId()).append(Facts.INVITATION_ID, event.invitationId())
                .append(Facts.RESPONSE, event.response().name()).append(Facts.REF, event.invitationId()));
    }

    @EventHandler
    void on(AttendeeCheckedInEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.ATTENDED, event.partnerId(), event.programmeId(),
                utcDate(event.checkedInAt(), recordedAt), recordedAt).append(Facts.WORKSHOP_ID, event.workshopId())
                .append(Facts.REF, checkInRef(event.checkInIdOr(eventId))));
    }

    @EventHandler
    void on(NoShowMarkedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.NO_SHOW, event.partnerId(), event.programmeId(),
                utcDate(event.markedAt(), recordedAt), recordedAt).append(Facts.WORKSHOP_ID, event.workshopId()));
    }

    @EventHandler
    void on(EngagementActivityRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.ACTIVITY, event.partnerId(), event.programmeId(), iso(event.occurredOn()),
                recordedAt).append(Facts.ACTIVITY_KIND, event.kind().name()).append(Facts.REF, event.activityId())
                .append(Facts.THEMES, event.themes().stream().map(Enum::name).toList()));
    }

    @EventHandler
    void on(FeedbackRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.FEEDBACK, event.partnerId(), event.programmeId(),
                utcDate(event.givenAt(), recordedAt), recordedAt)
                .append(Facts.WORKSHOP_ID, event.workshopId()).append(Facts.FEEDBACK_ID, event.feedbackId())
                .append(Facts.HYPOTHESIS_ID, event.hypothesisId())
                .append(Facts.WRITTEN_SUBMISSION, event.writtenSubmission()));
    }

    @EventHandler
    void on(FeedbackCorrectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.FEEDBACK_CORRECTED, event.partnerId(), event.programmeId(),
                utcDate(event.correctedAt(), recordedAt), recordedAt)
                .append(Facts.WORKSHOP_ID, event.workshopId()).append(Facts.FEEDBACK_ID, event.feedbackId())
                .append(Facts.HYPOTHESIS_ID, event.hypothesisId()));
    }

    /** Dated when received (a late one too), under the consultation's themes; ref: the response. */
    @EventHandler
    void on(ConsultationResponseRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.CONSULTATION_RESPONSE, event.partnerId(), event.programmeId(),
                iso(event.receivedOn()), recordedAt).append(Facts.REF, event.responseId())
                .append(Facts.THEMES, event.themes().stream().map(Enum::name).toList()));
    }

    /**
     * One ACTIVITY fact per partner present. Each version of an activity has its own ref ({@code id#v1} as recorded,
     * {@code id#v2} after its first correction...), so a correction or withdrawal takes back exactly the version
     * it replaces; see docs/coverage.md.
     */
    @EventHandler
    void on(ActivityRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        for (String partnerId : event.partnerIds()) {
            save(activityFact(eventId + ":" + partnerId, partnerId, event.programmeId(), event.occurredOn(),
                    recordedAt, event.kind(), activityRef(event.activityId(), 1), event.themes()));
        }
    }

    /** Takes back the version corrected, for each partner it named, and counts the new one for each it names. */
    @EventHandler
    void on(ActivityCorrectedEvent event, @SequenceNumber long seq, @MessageIdentifier String eventId,
            @Timestamp Instant recordedAt) {
        String previous = activityRef(event.activityId(), seq);
        for (String partnerId : event.previousPartnerIds()) {
            save(fact(eventId + ":" + partnerId + ":withdrawn", FactKind.WITHDRAWN, partnerId, event.programmeId(),
                    iso(event.occurredOn()), recordedAt).append(Facts.REF, previous));
        }
        for (String partnerId : event.partnerIds()) {
            save(activityFact(eventId + ":" + partnerId, partnerId, event.programmeId(), event.occurredOn(),
                    recordedAt, event.kind(), activityRef(event.activityId(), seq + 1), event.themes()));
        }
    }

    /** Takes back the activity as it last stood, for each partner it named. */
    @EventHandler
    void on(ActivityWithdrawnEvent event, @SequenceNumber long seq, @MessageIdentifier String eventId,
            @Timestamp Instant recordedAt) {
        for (String partnerId : event.partnerIds()) {
            save(fact(eventId + ":" + partnerId, FactKind.WITHDRAWN, partnerId, event.programmeId(),
                    utcDate(recordedAt, recordedAt), recordedAt).append(Facts.REF, activityRef(event.activityId(), seq)));
        }
    }

    /** Takes back the check-in's ATTENDED fact, dated as the withdrawal, which counts from the record's own date. */
    @EventHandler
    void on(CheckInWithdrawnEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.WITHDRAWN, event.partnerId(), event.programmeId(),
                utcDate(event.withdrawnAt(), recordedAt), recordedAt).append(Facts.WORKSHOP_ID, event.workshopId())
                .append(Facts.REF, checkInRef(event.checkInId())));
    }

    /** Takes back the invitation's INVITED and RSVP facts. */
    @EventHandler
    void on(InvitationWithdrawnEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        save(fact(eventId, FactKind.WITHDRAWN, event.partnerId(), event.programmeId(),
                utcDate(event.withdrawnAt(), recordedAt), recordedAt).append(Facts.WORKSHOP_ID, event.workshopId())
                .append(Facts.INVITATION_ID, event.invitationId()).append(Facts.REF, event.invitationId()));
    }

    @ResetHandler
    void reset() {
        facts.clear();
        changes.clear();
    }

    private void save(Document fact) {
        facts.put(fact);
    }

    /**
     * The ref of an activity's version: the event with sequence number n (recording 0, each correction after) makes
     * version n + 1, and a correction or withdrawal at n takes back version n.
     */
    static String activityRef(String activityId, long version) {
        return activityId + "#v" + version;
    }

    private static Document activityFact(String id, String partnerId, String programmeId, LocalDate occurredOn,
                                         Instant recordedAt, ActivityKind kind, String ref, List<Theme> themes) {
        return fact(id, FactKind.ACTIVITY, partnerId, programmeId, iso(occurredOn), recordedAt)
                .append(Facts.ACTIVITY_KIND, kind.name()).append(Facts.REF, ref)
                .append(Facts.THEMES, themes.stream().map(Enum::name).toList());
    }

    /** A check-in's ref, apart from invitation and activity ids. */
    private static String checkInRef(String checkInId) {
        return "checkin:" + checkInId;
    }

    /** Engagement without a programme counts for every programme, hence the explicit flag. */
    private static Document fact(String eventId, FactKind kind, String partnerId, String programmeId, String on,
                                 Instant recordedAt) {
        return new Document("_id", eventId)
                .append(Facts.KIND, kind.name())
                .append(Facts.PARTNER_ID, partnerId)
                .append(Facts.PROGRAMME_ID, programmeId)
                .append(Facts.ALL_PROGRAMMES, programmeId == null)
                .append(Facts.ON, on)
                .append(Facts.RECORDED_AT, Date.from(recordedAt));
    }
}
