package org.lis.support.testapp;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("tickets")
public class TicketProjection {

    static final String COLLECTION = "tickets";

    private final MongoDatabase database;

    public TicketProjection(MongoDatabase database) {
        this.database = database;
    }

    @EventHandler
    void on(TicketOpenedEvent event) {
        database.getCollection(COLLECTION).replaceOne(Filters.eq("_id", event.ticketId()),
                new Document("_id", event.ticketId()).append("title", event.title())
                        .append("kind", event.kind().name()).append("openedAt", event.openedAt().toString()),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(TicketRenamedEvent event) {
        database.getCollection(COLLECTION).updateOne(Filters.eq("_id", event.ticketId()), Updates.set("title", event.title()));
    }
}
