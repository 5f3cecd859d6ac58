package org.lis.engagement.programme.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.programme.query.ProgrammeFields.MilestoneFields;
import org.lis.engagement.programme.query.ProgrammeFields.PhaseFields;
import org.lis.engagement.programme.query.ProgrammeFields.ReadinessFields;
import org.lis.engagement.programme.query.ProgrammeFields.SlipFields;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.MilestoneDeliveredEvent;
import org.lis.events.programme.MilestoneSlippedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.mongo.CollectionReset;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.lis.engagement.programme.query.ProgrammeFields.ADOPTED;
import static org.lis.engagement.programme.query.ProgrammeFields.ADOPTED_ON;
import static org.lis.engagement.programme.query.ProgrammeFields.ADOPTION_TARGET_DATE;
import static org.lis.engagement.programme.query.ProgrammeFields.CONVENOR_PARTNER_ID;
import static org.lis.engagement.programme.query.ProgrammeFields.FAILED_CHECKS;
import static org.lis.engagement.programme.query.ProgrammeFields.NAME;
import static org.lis.engagement.programme.query.ProgrammeFields.OVERRIDE_REASON;
import static org.lis.engagement.programme.query.ProgrammeFields.PHASES;
import static org.lis.engagement.programme.query.ProgrammeFields.READINESS;
import static org.lis.engagement.programme.query.ProgrammeFields.VERSION;

/**
 * Programmes as defined, their milestones as delivered or slipped, and their adoption once it happened, as
 * documents with the fields of {@link ProgrammeFields}. Dates are stored as {@code YYYY-MM-DD} strings, which sort
 * as dates. Milestones carry what happened to them across revisions, which know them by name (their id).
 */
@Component
@ProcessingGroup(ProgrammeProjection.PROCESSING_GROUP)
public class ProgrammeProjection {

    public static final String PROCESSING_GROUP = "programmes";

    public static final String COLLECTION = "programmes";

    private final MongoCollection<Document> programmes;

    public ProgrammeProjection(MongoDatabase database) {
        this.programmes = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ProgrammeDefinedEvent event) {
        Document doc = new Document(NAME, event.name())
                .append(ADOPTION_TARGET_DATE, event.adoptionTargetDate().toString())
                .append(PHASES, phases(event.programmeId(), event.phases(), Map.of()))
                .append(READINESS, readiness(event.readiness()))
                .append(CONVENOR_PARTNER_ID, event.convenorPartnerId())
                .append(ADOPTED, false)
                .append(VERSION, 0L);
        programmes.updateOne(Filters.eq("_id", event.programmeId()), new Document("$setOnInsert", doc),
                new UpdateOptions().upsert(true));
    }

    /** Only over an older version, so a late redelivery cannot undo a later revision. */
    @EventHandler
    void on(ProgrammeRevisedEvent event, @SequenceNumber long seq) {
        Document current = programmes.find(Filters.eq("_id", event.programmeId())).first();
        Map<String, Document> happened = new HashMap<>();
        if (current != null) {
            milestones(current).forEach(m -> happened.put(m.getString(MilestoneFields.MILESTONE_ID), m));
        }
        programmes.updateOne(olderThan(event.programmeId(), seq),
                Updates.combine(
                        Updates.set(NAME, event.name()),
                        Updates.set(ADOPTION_TARGET_DATE, event.adoptionTargetDate().toString()),
                        Updates.set(PHASES, phases(event.programmeId(), event.phases(), happened)),
                        Updates.set(READINESS, readiness(event.readiness())),
                        Updates.set(CONVENOR_PARTNER_ID, event.convenorPartnerId()),
                        Updates.set(VERSION, seq)));
    }

    @EventHandler
    void on(MilestoneDeliveredEvent event, @SequenceNumber long seq) {
        updateMilestone(event.programmeId(), event.milestoneId(), seq, m -> m
                .append(MilestoneFields.DELIVERED_ON, event.deliveredOn().toString())
                .append(MilestoneFields.DELIVERY_NOTE, event.note()));
    }

    @EventHandler
    void on(MilestoneSlippedEvent event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        updateMilestone(event.programmeId(), event.milestoneId(), seq, m -> {
            List<Document> slips = new ArrayList<>(m.getList(MilestoneFields.SLIPS, Document.class, List.of()));
            slips.add(new Document(SlipFields.FROM, event.previousDueOn().toString())
                    .append(SlipFields.FROM_PRECISION, event.previousPrecision().name())
                    .append(SlipFields.TO, event.newDueOn().toString())
                    .append(SlipFields.TO_PRECISION, event.newPrecision().name())
                    .append(SlipFields.REASON, event.reason())
                    .append(SlipFields.RECORDED_AT, Date.from(recordedAt)));
            return m.append(MilestoneFields.DUE_ON, event.newDueOn().toString())
                    .append(MilestoneFields.PRECISION, event.newPrecision().name())
                    .append(MilestoneFields.SLIPS, slips);
        });
    }

    @EventHandler
    void on(ProgrammeAdoptedEvent event, @SequenceNumber long seq) {
        programmes.updateOne(Filters.eq("_id", event.programmeId()), Updates.combine(
                Updates.set(ADOPTED, true),
                Updates.set(ADOPTED_ON, event.adoptedOn().toString()),
                Updates.set(OVERRIDE_REASON, event.overrideReason()),
                Updates.set(FAILED_CHECKS, event.failedChecks()),
                Updates.set(VERSION, seq)));
    }

    @ResetHandler
    void reset() {
        CollectionReset.empty(programmes);
    }

    /** Rewrites the phases with one milestone changed; a redelivered event (seq not newer) changes nothing. */
    private void updateMilestone(String programmeId, String milestoneId, long seq, UnaryOperator<Document> change) {
        Document current = programmes.find(olderThan(programmeId, seq)).first();
        if (current == null) {
            return;
        }
        List<Document> phases = current.getList(PHASES, Document.class, List.of()).stream()
                .map(p -> new Document(p).append(PhaseFields.MILESTONES,
                        p.getList(PhaseFields.MILESTONES, Document.class, List.of()).stream()
                                .map(m -> milestoneId.equals(m.getString(MilestoneFields.MILESTONE_ID))
                                        ? change.apply(new Document(m)) : m)
                                .toList()))
                .toList();
        programmes.updateOne(olderThan(programmeId, seq), Updates.combine(Updates.set(PHASES, phases),
                Updates.set(VERSION, seq)));
    }

    private static Bson olderThan(String programmeId, long seq) {
        return Filters.and(Filters.eq("_id", programmeId), Filters.lt(VERSION, seq));
    }

    private static List<Document> milestones(Document programme) {
        return programme.getList(PHASES, Document.class, List.of()).stream()
                .flatMap(p -> p.getList(PhaseFields.MILESTONES, Document.class, List.of()).stream())
                .toList();
    }

    private static Document readiness(ReadinessRules rules) {
        return new Document(ReadinessFields.KEY_PARTNERS_ENGAGED, rules.keyPartnersEngaged())
                .append(ReadinessFields.MIN_ENGAGED_PER_THEME, rules.minEngagedPerTheme())
                .append(ReadinessFields.MIN_FEEDBACK_PER_HYPOTHESIS, rules.minFeedbackPerHypothesis());
    }

    /** {@code happened}: the milestones as stored before, by id, whose delivery and slips carry over. */
    private static List<Document> phases(String programmeId, List<Phase> phases, Map<String, Document> happened) {
        return phases.stream().map(phase -> new Document(PhaseFields.CODE, phase.code())
                .append(PhaseFields.NAME, phase.name())
                .append(PhaseFields.STARTS_ON, phase.startsOn().toString())
                .append(PhaseFields.STARTS_ON_PRECISION, phase.startsOnPrecision().name())
                .append(PhaseFields.ENDS_ON, phase.endsOn().toString())
                .append(PhaseFields.ENDS_ON_PRECISION, phase.endsOnPrecision().name())
                .append(PhaseFields.MILESTONES, phase.milestones().stream()
                        .map(m -> milestone(programmeId, m, happened))
                        .toList()))
                .toList();
    }

    private static Document milestone(String programmeId, Milestone milestone, Map<String, Document> happened) {
        String id = Milestone.idFor(programmeId, milestone.name());
        Document doc = new Document(MilestoneFields.MILESTONE_ID, id)
                .append(MilestoneFields.NAME, milestone.name())
                .append(MilestoneFields.DUE_ON, milestone.dueOn().toString())
                .append(MilestoneFields.PRECISION, milestone.precision().name());
        Document before = happened.get(id);
        if (before != null) {
            for (String kept : List.of(MilestoneFields.DELIVERED_ON, MilestoneFields.DELIVERY_NOTE,
                    MilestoneFields.SLIPS)) {
                if (before.containsKey(kept)) {
                    doc.append(kept, before.get(kept));
                }
            }
        }
        return doc;
    }
}
