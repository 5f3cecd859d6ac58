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
import org.bson.Document;
import org.lis.engagement.programme.query.ProgrammeFields.MilestoneFields;
import org.lis.engagement.programme.query.ProgrammeFields.PhaseFields;
import org.lis.engagement.programme.query.ProgrammeFields.ReadinessFields;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;
import org.springframework.stereotype.Component;

import static org.lis.engagement.programme.query.ProgrammeFields.ADOPTED;
import static org.lis.engagement.programme.query.ProgrammeFields.ADOPTED_ON;
import static org.lis.engagement.programme.query.ProgrammeFields.ADOPTION_TARGET_DATE;
import static org.lis.engagement.programme.query.ProgrammeFields.FAILED_CHECKS;
import static org.lis.engagement.programme.query.ProgrammeFields.NAME;
import static org.lis.engagement.programme.query.ProgrammeFields.OVERRIDE_REASON;
import static org.lis.engagement.programme.query.ProgrammeFields.PHASES;
import static org.lis.engagement.programme.query.ProgrammeFields.READINESS;
import static org.lis.engagement.programme.query.ProgrammeFields.VERSION;

/**
 * Programmes as defined, with their adoption once it happened, as documents with the fields of
 * {@link ProgrammeFields}. Dates are stored as {@code YYYY-MM-DD} strings, which sort as dates.
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
                .append(PHASES, event.phases().stream().map(ProgrammeProjection::phase).toList())
                .append(READINESS, readiness(event.readiness()))
                .append(ADOPTED, false)
                .append(VERSION, 0L);
        programmes.updateOne(Filters.eq("_id", event.programmeId()), new Document("$setOnInsert", doc),
                new UpdateOptions().upsert(true));
    }

    /** Only over an older version, so a late redelivery cannot undo a later revision. */
    @EventHandler
    void on(ProgrammeRevisedEvent event, @SequenceNumber long seq) {
        programmes.updateOne(Filters.and(Filters.eq("_id", event.programmeId()), Filters.lt(VERSION, seq)),
                Updates.combine(
                        Updates.set(NAME, event.name()),
                        Updates.set(ADOPTION_TARGET_DATE, event.adoptionTargetDate().toString()),
                        Updates.set(PHASES, event.phases().stream().map(ProgrammeProjection::phase).toList()),
                        Updates.set(READINESS, readiness(event.readiness())),
                        Updates.set(VERSION, seq)));
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
        programmes.deleteMany(new Document());
    }

    private static Document readiness(ReadinessRules rules) {
        return new Document(ReadinessFields.KEY_PARTNERS_ENGAGED, rules.keyPartnersEngaged())
                .append(ReadinessFields.MIN_ENGAGED_PER_THEME, rules.minEngagedPerTheme())
                .append(ReadinessFields.MIN_FEEDBACK_PER_HYPOTHESIS, rules.minFeedbackPerHypothesis());
    }

    private static Document phase(Phase phase) {
        return new Document(PhaseFields.CODE, phase.code())
                .append(PhaseFields.NAME, phase.name())
                .append(PhaseFields.STARTS_ON, phase.startsOn().toString())
                .append(PhaseFields.ENDS_ON, phase.endsOn().toString())
                .append(PhaseFields.MILESTONES, phase.milestones().stream()
                        .map(m -> new Document(MilestoneFields.NAME, m.name())
                                .append(MilestoneFields.DUE_ON, m.dueOn().toString()))
                        .toList());
    }
}
