package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * Keeps dated facts from both services' events so coverage can be answered for any business date
 * ({@code asOf}) and any recording instant ({@code recordedBy}). Nothing is overwritten: each event
 * becomes its own document keyed by the event's identifier, which makes every handler idempotent.
 */
@Component
@ProcessingGroup("coverage")
public class CoverageProjection {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoDatabase database;

    public CoverageProjection(MongoDatabase database) {
        this.database = database;
    }

    @EventHandler
    void on(PartnerRegisteredEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        savePartnerVersion(eventId, event.partnerId(), true, event.name(), event.classification(),
                event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(PartnerUpdatedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        savePartnerVersion(eventId, event.partnerId(), false, event.name(), event.classification(),
                event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(ProgrammeDefinedEvent event) {
        List<Document> phases = event.phases().stream().map(CoverageProjection::phase).toList();
        Document readiness = event.readiness() == null ? null : new Document()
                .append("keyPartnersEngaged", event.readiness().keyPartnersEngaged())
                .append("minEngagedPerTheme", event.readiness().minEngagedPerTheme())
                .append("minFeedbackPerHypothesis", event.readiness().minFeedbackPerHypothesis());
        collection(CoverageCollections.PROGRAMMES).updateOne(eq("_id", event.programmeId()), Updates.combine(
                Updates.set("name", event.name()),
                Updates.set("adoptionTargetDate", date(event.adoptionTargetDate())),
                Updates.set("phases", phases),
                Updates.set("readiness", readiness)), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(ProgrammeAdoptedEvent event, @Timestamp Instant recordedAt) {
        collection(CoverageCollections.PROGRAMMES).updateOne(eq("_id", event.programmeId()),
                Updates.set("adoption", new Document("adoptedOn", date(event.adoptedOn()))
                        .append("overrideReason", event.overrideReason())
                        .append("failedChecks", event.failedChecks())
                        .append("recordedAt", Date.from(recordedAt))), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(HypothesisProposedEvent event) {
        collection(CoverageCollections.HYPOTHESES).replaceOne(eq("_id", event.hypothesisId()),
                new Document("_id", event.hypothesisId()).append("programmeId", event.programmeId())
                        .append("title", event.title()), UPSERT);
    }

    @EventHandler
    void on(WorkshopScheduledEvent event, @Timestamp Instant recordedAt) {
        collection(CoverageCollections.WORKSHOPS).updateOne(eq("_id", event.workshopId()), Updates.combine(
                Updates.set("programmeId", event.programmeId()),
                Updates.set("phaseCode", event.phaseCode()),
                Updates.set("title", event.title()),
                Updates.set("themes", event.themes().stream().map(Enum::name).toList()),
                Updates.set("startsAt", Date.from(event.startsAt())),
                Updates.set("recordedAt", Date.from(recordedAt)),
                Updates.addEachToSet("tabled", event.hypothesisIds().stream()
                        .map(id -> tabling(id, recordedAt)).toList())), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(WorkshopRescheduledEvent event) {
        collection(CoverageCollections.WORKSHOPS).updateOne(eq("_id", event.workshopId()),
                Updates.set("startsAt", Date.from(event.startsAt())), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(WorkshopCancelledEvent event, @Timestamp Instant recordedAt) {
        collection(CoverageCollections.WORKSHOPS).updateOne(eq("_id", event.workshopId()), Updates.combine(
                Updates.set("cancelledOn", date(event.cancelledAt(), recordedAt)),
                Updates.set("cancelledRecordedAt", Date.from(recordedAt))), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(WorkshopClosedEvent event, @Timestamp Instant recordedAt) {
        collection(CoverageCollections.WORKSHOPS).updateOne(eq("_id", event.workshopId()),
                Updates.set("closedOn", date(event.closedAt(), recordedAt)), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(HypothesisTabledEvent event, @Timestamp Instant recordedAt) {
        collection(CoverageCollections.WORKSHOPS).updateOne(eq("_id", event.workshopId()),
                Updates.addToSet("tabled", tabling(event.hypothesisId(), recordedAt)), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(PartnerInvitedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        saveFact(fact(eventId, FactKind.INVITED, event.partnerId(), event.programmeId(), date(event.sentAt(), recordedAt),
                recordedAt).append("workshopId", event.workshopId()).append("invitationId", event.invitationId()));
    }

    @EventHandler
    void on(RsvpRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        saveFact(fact(eventId, FactKind.RSVP, event.partnerId(), event.programmeId(),
                date(event.respondedAt(), recordedAt), recordedAt)
                .append("workshopId", event.workshopId()).append("invitationId", event.invitationId())
                .append("response", event.response().name()));
    }

    @EventHandler
    void on(AttendeeCheckedInEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        saveFact(fact(eventId, FactKind.ATTENDED, event.partnerId(), event.programmeId(),
                date(event.checkedInAt(), recordedAt), recordedAt).append("workshopId", event.workshopId()));
    }

    @EventHandler
    void on(NoShowMarkedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        saveFact(fact(eventId, FactKind.NO_SHOW, event.partnerId(), event.programmeId(),
                date(event.markedAt(), recordedAt), recordedAt).append("workshopId", event.workshopId()));
    }

    @EventHandler
    void on(EngagementActivityRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        saveFact(fact(eventId, FactKind.ACTIVITY, event.partnerId(), event.programmeId(), date(event.occurredOn()),
                recordedAt).append("activityKind", event.kind().name()));
    }

    @EventHandler
    void on(FeedbackRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        saveFact(fact(eventId, FactKind.FEEDBACK, event.partnerId(), event.programmeId(),
                date(event.givenAt(), recordedAt), recordedAt)
                .append("workshopId", event.workshopId()).append("feedbackId", event.feedbackId())
                .append("hypothesisId", event.hypothesisId()).append("writtenSubmission", event.writtenSubmission()));
    }

    @EventHandler
    void on(FeedbackCorrectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        saveFact(fact(eventId, FactKind.FEEDBACK_CORRECTED, event.partnerId(), event.programmeId(),
                date(event.correctedAt(), recordedAt), recordedAt)
                .append("workshopId", event.workshopId()).append("feedbackId", event.feedbackId())
                .append("hypothesisId", event.hypothesisId()));
    }

    @ResetHandler
    void reset() {
        CoverageCollections.ALL.forEach(name -> collection(name).deleteMany(new Document()));
    }

    private void savePartnerVersion(String eventId, String partnerId, boolean registration, String name,
                                    PartnerClassification classification, LocalDate effectiveOn, Instant recordedAt) {
        Document version = new Document("_id", eventId)
                .append("partnerId", partnerId)
                .append("registration", registration)
                .append("name", name)
                .append("type", classification.type() == null ? null : classification.type().name())
                .append("sectors", classification.sectors())
                .append("themes", classification.themes().stream().map(Enum::name).toList())
                .append("district", classification.district())
                .append("keyPartner", classification.keyPartner())
                .append("effectiveOn", date(effectiveOn == null ? recordedAt.atOffset(ZoneOffset.UTC).toLocalDate()
                        : effectiveOn))
                .append("recordedAt", Date.from(recordedAt));
        collection(CoverageCollections.PARTNER_VERSIONS).replaceOne(eq("_id", eventId), version, UPSERT);
    }

    private void saveFact(Document fact) {
        collection(CoverageCollections.FACTS).replaceOne(eq("_id", fact.get("_id")), fact, UPSERT);
    }

    /** Engagement without a programme counts for every programme, hence the explicit flag. */
    private static Document fact(String eventId, FactKind kind, String partnerId, String programmeId, String on,
                                 Instant recordedAt) {
        return new Document("_id", eventId)
                .append("kind", kind.name())
                .append("partnerId", partnerId)
                .append("programmeId", programmeId)
                .append("allProgrammes", programmeId == null)
                .append("on", on)
                .append("recordedAt", Date.from(recordedAt));
    }

    private static Document phase(Phase phase) {
        return new Document("code", phase.code()).append("name", phase.name())
                .append("startsOn", date(phase.startsOn())).append("endsOn", date(phase.endsOn()));
    }

    private static Document tabling(String hypothesisId, Instant recordedAt) {
        return new Document("hypothesisId", hypothesisId).append("recordedAt", Date.from(recordedAt));
    }

    private MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    /** Business dates are stored as ISO strings, which sort like the dates they name. */
    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The UTC date of a business instant; events without one happened when they were recorded. */
    private static String date(Instant businessInstant, Instant recordedAt) {
        Instant instant = businessInstant == null ? recordedAt : businessInstant;
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
