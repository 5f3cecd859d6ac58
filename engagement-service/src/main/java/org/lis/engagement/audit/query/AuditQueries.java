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

import static org.lis.engagement.audit.query.AuditFields.ACTOR;
import static org.lis.engagement.audit.query.AuditFields.AGGREGATE_ID;
import static org.lis.engagement.audit.query.AuditFields.AGGREGATE_TYPE;
import static org.lis.engagement.audit.query.AuditFields.PARTNER_ID;
import static org.lis.engagement.audit.query.AuditFields.RECORDED_AT;
import static org.lis.engagement.audit.query.AuditFields.SUMMARY;
import static org.lis.engagement.audit.query.AuditFields.TYPE;

/** Pages through the audit trail in global order, optionally for one aggregate or partner, a type and a time window. */
@Component
public class AuditQueries {

    private final MongoDatabase database;
    private final AuditNames names;

    public AuditQueries(MongoDatabase database) {
        this.database = database;
        this.names = new AuditNames(database);
    }

    public Mono<PageResponse<AuditItem>> find(AuditFilter wanted, PageRequest page) {
        List<Bson> conditions = new ArrayList<>();
        if (given(wanted.aggregateId())) {
            conditions.add(Filters.eq(AGGREGATE_ID, wanted.aggregateId()));
        }
        if (given(wanted.partnerId())) {
            // lines written before the partner was noted on every line still have it as their aggregate
            conditions.add(Filters.or(Filters.eq(PARTNER_ID, wanted.partnerId()),
                    Filters.and(Filters.eq(AGGREGATE_TYPE, "Partner"), Filters.eq(AGGREGATE_ID, wanted.partnerId()))));
        }
        if (given(wanted.type())) {
            conditions.add(Filters.eq(TYPE, wanted.type()));
        }
        if (wanted.from() != null) {
            conditions.add(Filters.gte(RECORDED_AT, Date.from(wanted.from())));
        }
        if (wanted.to() != null) {
            conditions.add(Filters.lt(RECORDED_AT, Date.from(wanted.to())));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        MongoCollection<Document> lines = database.getCollection(AuditProjection.COLLECTION);
        Mono<List<AuditItem>> items = Pages.slice(lines.find(filter).sort(Sorts.ascending("_id")), page)
                .map(AuditQueries::item).collectList().flatMap(names::resolve);
        return Mono.zip(items, Mono.from(lines.countDocuments(filter)))
                .map(t -> PageResponse.of(t.getT1(), page, t.getT2()));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static AuditItem item(Document d) {
        return new AuditItem(((Number) d.get("_id")).longValue(), d.getDate(RECORDED_AT).toInstant(),
                d.getString(TYPE), d.getString(AGGREGATE_ID), d.getString(AGGREGATE_TYPE), d.getString(ACTOR),
                d.getString(SUMMARY));
    }
}
