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
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.springframework.stereotype.Component;

/**
 * Programmes as defined, with their adoption once it happened. Dates are stored as {@code YYYY-MM-DD}
 * strings, which sort as dates.
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
        Document doc = new Document("name", event.name())
                .append("adoptionTargetDate", event.adoptionTargetDate().toString())
                .append("phases", event.phases().stream().map(ProgrammeProjection::phase).toList())
                .append("readiness", new Document("keyPartnersEngaged", event.readiness().keyPartnersEngaged())
                        .append("minEngagedPerTheme", event.readiness().minEngagedPerTheme())
                        .append("minFeedbackPerHypothesis", event.readiness().minFeedbackPerHypothesis()))
                .append("adopted", false)
                .append("version", 0L);
        programmes.updateOne(Filters.eq("_id", event.programmeId()), new Document("$setOnInsert", doc),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(ProgrammeAdoptedEvent event, @SequenceNumber long seq) {
        programmes.updateOne(Filters.eq("_id", event.programmeId()), Updates.combine(
                Updates.set("adopted", true),
                Updates.set("adoptedOn", event.adoptedOn().toString()),
                Updates.set("overrideReason", event.overrideReason()),
                Updates.set("failedChecks", event.failedChecks()),
                Updates.set("version", seq)));
    }

    @ResetHandler
    void reset() {
        programmes.deleteMany(new Document());
    }

    private static Document phase(Phase phase) {
        return new Document("code", phase.code())
                .append("name", phase.name())
                .append("startsOn", phase.startsOn().toString())
                .append("endsOn", phase.endsOn().toString())
                .append("milestones", phase.milestones().stream()
                        .map(m -> new Document("name", m.name()).append("dueOn", m.dueOn().toString())).toList());
    }
}
