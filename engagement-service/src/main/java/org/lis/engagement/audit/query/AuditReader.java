package org.lis.engagement.audit.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Pages through the audit trail in global order, optionally for one aggregate and a time window. */
@Component
public class AuditReader {

    private final MongoDatabase database;
    private final AuditNames names;

    public AuditReader(MongoDatabase database) {
        this.database = database;
        this.names = new AuditNames(database);
    }

    public Mono<PageResponse<AuditItem>> find(String aggregateId, Instant from, Instant to, PageRequest page) {
        List<Bson> conditions = new ArrayList<>();
        if (aggregateId != null && !aggregateId.isBlank()) {
            conditions.add(Filters.eq("aggregateId", aggregateId));
        }
        if (from != null) {
            conditions.add(Filters.gte("recordedAt", Date.from(from)));
        }
        if (to != null) {
            conditions.add(Filters.lt("recordedAt", Date.from(to)));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        MongoCollection<Document> lines = database.getCollection(AuditProjection.COLLECTION);
        Mono<List<AuditItem>> items = Pages.slice(lines.find(filter).sort(Sorts.ascending("_id")), page)
                .map(AuditReader::item).collectList().flatMap(names::resolve);
        return Mono.zip(items, Mono.from(lines.countDocuments(filter)))
                .map(t -> PageResponse.of(t.getT1(), page, t.getT2()));
    }

    private static AuditItem item(Document d) {
        return new AuditItem(((Number) d.get("_id")).longValue(), d.getDate("recordedAt").toInstant(),
                d.getString("type"), d.getString("aggregateId"), d.getString("aggregateType"), d.getString("actor"),
                d.getString("summary"));
    }
}
