package org.lis.engagement.consultation.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.lis.engagement.consultation.query.ConsultationFields.Consultations;
import org.lis.engagement.consultation.query.ConsultationFields.Responses;
import org.lis.engagement.partner.query.PartnerFields;
import org.lis.engagement.partner.query.PartnerProjection;
import org.lis.events.common.Theme;
import org.lis.events.consultation.HypothesisStance;
import org.lis.events.workshop.Stance;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.lis.engagement.StoredDates.date;

/**
 * Reads consultation windows and their responses ({@link ConsultationFields}), with each responding partner's
 * current name from the partner register. A window or response a moment old is waited for when asked by id
 * (docs/read-your-writes.md).
 */
@Component
public class ConsultationQueries {

    private final FreshCollection consultations;
    private final FreshCollection responses;
    private final MongoCollection<Document> partners;
    private final Clock clock;

    public ConsultationQueries(MongoDatabase database, FreshReads fresh, Clock clock) {
        this.consultations = fresh.collection(database, ConsultationProjection.CONSULTATIONS,
                ConsultationProjection.PROCESSING_GROUP);
        this.responses = fresh.collection(database, ConsultationProjection.RESPONSES,
                ConsultationProjection.PROCESSING_GROUP);
        this.partners = database.getCollection(PartnerProjection.COLLECTION);
        this.clock = clock;
    }

    /** Empty when there is no such consultation. */
    public Mono<ConsultationView> findById(String consultationId) {
        return consultations.byId(consultationId).flatMap(this::view);
    }

    /** A programme's windows, the earliest opening first. */
    public Mono<PageResponse<ConsultationView>> findByProgramme(String programmeId, PageRequest page) {
        MongoCollection<Document> all = consultations.documents();
        var filter = Filters.eq(Consultations.PROGRAMME_ID, programmeId);
        return Mono.zip(Pages.slice(all.find(filter).sort(Sorts.ascending(Consultations.OPENS_ON, "_id")), page)
                                .concatMap(this::view).collectList(),
                        Mono.from(all.countDocuments(filter)))
                .map(found -> PageResponse.of(found.getT1(), page, found.getT2()));
    }

    /** Empty when the consultation has no such response. */
    public Mono<ResponseView> findResponse(String consultationId, String responseId) {
        return responses.byId(responseId)
                .filter(doc -> consultationId.equals(doc.getString(Responses.CONSULTATION_ID)))
                .flatMap(doc -> names(List.of(doc)).map(names -> response(doc, names)));
    }

    private Mono<ConsultationView> view(Document consultation) {
        String id = consultation.getString("_id");
        return Flux.from(responses.documents().find(Filters.eq(Responses.CONSULTATION_ID, id))
                        .sort(Sorts.ascending(Responses.RECEIVED_ON, Responses.RECORDED_AT, "_id")))
                .collectList()
                .flatMap(docs -> names(docs).map(names -> docs.stream().map(d -> response(d, names)).toList()))
                .map(list -> view(consultation, list));
    }

    private ConsultationView view(Document doc, List<ResponseView> list) {
        LocalDate opensOn = date(doc, Consultations.OPENS_ON);
        LocalDate closesOn = date(doc, Consultations.CLOSES_ON);
        Map<Stance, Integer> byStance = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            byStance.put(stance, (int) list.stream().filter(r -> r.stance() == stance).count());
        }
        Number version = doc.get(Consultations.VERSION, Number.class);
        return new ConsultationView(doc.getString("_id"), doc.getString(Consultations.PROGRAMME_ID),
                doc.getString(Consultations.TITLE), doc.getString(Consultations.SUBJECT), opensOn, closesOn,
                doc.getList(Consultations.THEMES, String.class, List.of()).stream().map(Theme::valueOf).toList(),
                doc.getList(Consultations.HYPOTHESIS_IDS, String.class, List.of()),
                ConsultationStatus.on(LocalDate.now(clock), opensOn, closesOn), list.size(), byStance,
                (int) list.stream().filter(ResponseView::late).count(), list,
                version == null ? 0L : version.longValue(), doc.getString(Consultations.CLOSED_EARLY_REASON));
    }

    private Mono<Map<String, String>> names(List<Document> responses) {
        Set<String> ids = responses.stream().map(d -> d.getString(Responses.PARTNER_ID)).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Flux.from(partners.find(Filters.in("_id", ids)).projection(Projections.include(PartnerFields.NAME)))
                .collectMap(d -> d.getString("_id"), d -> d.getString(PartnerFields.NAME));
    }

    private static ResponseView response(Document doc, Map<String, String> names) {
        String partnerId = doc.getString(Responses.PARTNER_ID);
        List<HypothesisStance> hypotheses = doc.getList(Responses.HYPOTHESES, Document.class, List.of()).stream()
                .map(h -> new HypothesisStance(h.getString(Responses.HYPOTHESIS_ID),
                        Stance.valueOf(h.getString(Responses.STANCE)), h.getString(Responses.COMMENT)))
                .toList();
        Date recordedAt = doc.getDate(Responses.RECORDED_AT);
        return new ResponseView(doc.getString("_id"), doc.getString(Responses.CONSULTATION_ID), partnerId,
                names.get(partnerId), date(doc, Responses.RECEIVED_ON), doc.getString(Responses.SUMMARY),
                Stance.valueOf(doc.getString(Responses.STANCE)), hypotheses, doc.getBoolean(Responses.LATE, false),
                doc.getString(Responses.LATE_REASON), recordedAt == null ? null : recordedAt.toInstant());
    }
}
