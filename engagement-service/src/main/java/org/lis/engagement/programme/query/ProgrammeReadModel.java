package org.lis.engagement.programme.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.lis.support.fresh.FreshReads;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

/** Reads the {@code programmes} read model for WebFlux. */
@Component
public class ProgrammeReadModel {

    private final MongoCollection<Document> programmes;
    private final FreshReads fresh;

    public ProgrammeReadModel(MongoDatabase database, FreshReads fresh) {
        this.fresh = fresh;
        this.programmes = database.getCollection(ProgrammeProjection.COLLECTION);
    }

    public Mono<PageResponse<ProgrammeView>> find(PageRequest page) {
        return Pages.read(programmes.find().sort(Sorts.ascending("adoptionTargetDate", "_id")),
                programmes.countDocuments(), page, ProgrammeReadModel::view);
    }

    /** Empty when there is no such programme (one defined a moment ago is waited for). */
    public Mono<ProgrammeView> findById(String programmeId) {
        return fresh.read(ProgrammeProjection.PROCESSING_GROUP,
                        () -> Mono.from(programmes.find(Filters.eq("_id", programmeId)).first()))
                .map(ProgrammeReadModel::view);
    }

    private static ProgrammeView view(Document doc) {
        Document readiness = doc.get("readiness", Document.class);
        List<Phase> phases = doc.getList("phases", Document.class, List.of()).stream()
                .map(p -> new Phase(p.getString("code"), p.getString("name"), date(p, "startsOn"), date(p, "endsOn"),
                        p.getList("milestones", Document.class, List.of()).stream()
                                .map(m -> new Milestone(m.getString("name"), date(m, "dueOn"))).toList()))
                .toList();
        Number version = doc.get("version", Number.class);
        return new ProgrammeView(doc.getString("_id"), doc.getString("name"), date(doc, "adoptionTargetDate"), phases,
                new ReadinessRules(readiness.getBoolean("keyPartnersEngaged", false),
                        readiness.getInteger("minEngagedPerTheme", 0), readiness.getInteger("minFeedbackPerHypothesis", 0)),
                doc.getBoolean("adopted", false), date(doc, "adoptedOn"), doc.getString("overrideReason"),
                doc.getList("failedChecks", String.class, List.of()), version == null ? 0L : version.longValue());
    }

    private static LocalDate date(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
