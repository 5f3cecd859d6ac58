package org.lis.workshop.hypothesis.query;

import org.lis.support.mongo.ViewCollection;
import org.lis.workshop.schedule.query.WorkshopProjection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.lis.events.common.Theme;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/** One document a hypothesis; the feedback summary is computed from the feedback view when read. */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
@Order(WorkshopProjection.VIEWS_ORDER)
public class HypothesisProjection {

    public static final String COLLECTION = "hypotheses";

    private final ViewCollection hypotheses;

    public HypothesisProjection(MongoDatabase database) {
        this.hypotheses = ViewCollection.of(database, COLLECTION, HypothesisFields.PROGRAMME_ID);
    }

    @EventHandler
    void on(HypothesisProposedEvent event) {
        Document document = new Document(Documents.ID, event.hypothesisId())
                .append(HypothesisFields.PROGRAMME_ID, event.programmeId())
                .append(HypothesisFields.TITLE, event.title())
                .append(HypothesisFields.STATEMENT, event.statement())
                .append(HypothesisFields.THEMES, event.themes().stream().map(Theme::name).toList())
                .append(HypothesisFields.SECTORS, event.sectors());
        hypotheses.put(document);
    }

    @ResetHandler
    void reset() {
        hypotheses.clear();
    }
}
