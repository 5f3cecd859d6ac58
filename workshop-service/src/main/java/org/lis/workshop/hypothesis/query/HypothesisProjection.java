package org.lis.workshop.hypothesis.query;

import org.lis.workshop.schedule.query.WorkshopProjection;
import static com.mongodb.client.model.Filters.eq;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.lis.events.common.Theme;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;

/** One document a hypothesis; the feedback summary is computed from the feedback view when read. */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
public class HypothesisProjection {

    public static final String COLLECTION = "hypotheses";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> hypotheses;

    public HypothesisProjection(MongoDatabase database) {
        this.hypotheses = database.getCollection(COLLECTION);
        hypotheses.createIndex(Indexes.ascending(HypothesisFields.PROGRAMME_ID));
    }

    @EventHandler
    void on(HypothesisProposedEvent event) {
        Document document = new Document(Documents.ID, event.hypothesisId())
                .append(HypothesisFields.PROGRAMME_ID, event.programmeId())
                .append(HypothesisFields.TITLE, event.title())
                .append(HypothesisFields.STATEMENT, event.statement())
                .append(HypothesisFields.THEMES, event.themes().stream().map(Theme::name).toList())
                .append(HypothesisFields.SECTORS, event.sectors());
        hypotheses.replaceOne(eq(Documents.ID, event.hypothesisId()), document, UPSERT);
    }

    @ResetHandler
    void reset() {
        hypotheses.deleteMany(new Document());
    }
}
