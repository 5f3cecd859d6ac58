package org.lis.workshop.hypothesis.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.events.workshop.Stance;
import org.lis.support.error.DomainException;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.lis.workshop.schedule.query.WorkshopProjection;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.feedback.query.FeedbackFields;
import org.lis.workshop.feedback.query.FeedbackProjection;
import org.lis.workshop.feedback.query.FeedbackView;
import org.lis.workshop.mongo.Documents;
import org.lis.workshop.replica.ReplicaQueries;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of hypotheses and of what partners said about them. */
@Component
public class HypothesisQueries {

    private final FreshCollection hypotheses;
    private final MongoCollection<Document> feedback;
    private final ReplicaQueries replica;

    public HypothesisQueries(MongoDatabase database, ReplicaQueries replica, FreshReads fresh) {
        this.hypotheses = fresh.collection(database, HypothesisProjection.COLLECTION,
                WorkshopProjection.PROCESSING_GROUP);
        this.feedback = database.getCollection(FeedbackProjection.COLLECTION);
        this.replica = replica;
    }

    public Mono<PageResponse<HypothesisSummary>> list(String programmeId, PageRequest page) {
        Bson filter = programmeId == null ? Filters.empty() : eq(HypothesisFields.PROGRAMME_ID, programmeId);
        MongoCollection<Document> all = hypotheses.documents();
        return Pages.read(all.find(filter).sort(Sorts.ascending(HypothesisFields.TITLE, Documents.ID)),
                all.countDocuments(filter), page, HypothesisSummary::from);
    }

    /** The hypothesis, or a 404 when there is none (one proposed a moment ago is waited for). */
    public Mono<HypothesisSummary> find(String hypothesisId) {
        return hypotheses.byId(hypothesisId)
                .map(HypothesisSummary::from)
                .switchIfEmpty(Mono.error(() -> new DomainException(WorkshopError.HYPOTHESIS_NOT_FOUND,
                        "hypothesis " + hypothesisId + " is unknown")));
    }

    public Mono<HypothesisDetail> detail(String hypothesisId) {
        return find(hypothesisId).flatMap(hypothesis -> Flux.from(feedback.find(eq(FeedbackFields.HYPOTHESIS_ID, hypothesisId))
                        .sort(Sorts.ascending(FeedbackFields.GIVEN_AT, Documents.ID)))
                .map(FeedbackView::from)
                .collectList()
                .flatMap(this::summarise)
                .map(summary -> HypothesisDetail.of(hypothesis, summary)));
    }

    private Mono<FeedbackSummary> summarise(List<FeedbackView> views) {
        List<String> partnerIds = views.stream().map(FeedbackView::partnerId).distinct().toList();
        return replica.partnerTypes(partnerIds).map(types -> {
            Map<Stance, Integer> bySupport = new EnumMap<>(Stance.class);
            for (Stance stance : Stance.values()) {
                bySupport.put(stance, 0);
            }
            Map<String, Integer> byPartnerType = new TreeMap<>();
            for (FeedbackView view : views) {
                bySupport.merge(view.stance(), 1, Integer::sum);
                byPartnerType.merge(types.getOrDefault(view.partnerId(), "UNKNOWN"), 1, Integer::sum);
            }
            Double average = views.isEmpty() ? null
                    : views.stream().mapToInt(FeedbackView::confidence).average().orElse(0);
            List<FeedbackSummary.PartnerStance> partners = views.stream()
                    .map(view -> new FeedbackSummary.PartnerStance(view.partnerId(), view.stance(),
                            view.confidence(), view.workshopId()))
                    .toList();
            return new FeedbackSummary(views.size(), bySupport, average, byPartnerType, partners);
        });
    }
}
