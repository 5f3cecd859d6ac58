package org.lis.engagement.programme.query;

import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.lis.engagement.programme.query.ProgrammeFields.MilestoneFields;
import org.lis.engagement.programme.query.ProgrammeFields.PhaseFields;
import org.lis.engagement.programme.query.ProgrammeFields.ReadinessFields;
import org.lis.engagement.programme.query.ProgrammeFields.SlipFields;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.lis.engagement.StoredDates.date;

/** Reads the {@code programmes} read model ({@link ProgrammeFields}) for WebFlux. */
@Component
public class ProgrammeQueries {

    private final FreshCollection programmes;

    public ProgrammeQueries(MongoDatabase database, FreshReads fresh) {
        this.programmes = fresh.collection(database, ProgrammeProjection.COLLECTION,
                ProgrammeProjection.PROCESSING_GROUP);
    }

    public Mono<PageResponse<ProgrammeView>> find(PageRequest page) {
        MongoCollection<Document> all = programmes.documents();
        return Pages.read(all.find().sort(Sorts.ascending(ProgrammeFields.ADOPTION_TARGET_DATE, "_id")),
                all.countDocuments(), page, ProgrammeQueries::view);
    }

    /** Empty when there is no such programme (one defined a moment ago is waited for). */
    public Mono<ProgrammeView> findById(String programmeId) {
        return programmes.byId(programmeId).map(ProgrammeQueries::view);
    }

    static ProgrammeView view(Document doc) {
        Document readiness = doc.get(ProgrammeFields.READINESS, Document.class);
        String programmeId = doc.getString("_id");
        List<PhaseView> phases = doc.getList(ProgrammeFields.PHASES, Document.class, List.of()).stream()
                .map(p -> new PhaseView(p.getString(PhaseFields.CODE), p.getString(PhaseFields.NAME),
                        date(p, PhaseFields.STARTS_ON), precision(p, PhaseFields.STARTS_ON_PRECISION),
                        date(p, PhaseFields.ENDS_ON), precision(p, PhaseFields.ENDS_ON_PRECISION),
                        p.getList(PhaseFields.MILESTONES, Document.class, List.of()).stream()
                                .map(m -> milestone(programmeId, m))
                                .toList()))
                .toList();
        Number version = doc.get(ProgrammeFields.VERSION, Number.class);
        return new ProgrammeView(doc.getString("_id"), doc.getString(ProgrammeFields.NAME),
                date(doc, ProgrammeFields.ADOPTION_TARGET_DATE), phases,
                new ReadinessRules(readiness.getBoolean(ReadinessFields.KEY_PARTNERS_ENGAGED, false),
                        readiness.getInteger(ReadinessFields.MIN_ENGAGED_PER_THEME, 0),
                        readiness.getInteger(ReadinessFields.MIN_FEEDBACK_PER_HYPOTHESIS, 0)),
                doc.getBoolean(ProgrammeFields.ADOPTED, false), date(doc, ProgrammeFields.ADOPTED_ON),
                doc.getString(ProgrammeFields.OVERRIDE_REASON),
                doc.getList(ProgrammeFields.FAILED_CHECKS, String.class, List.of()),
                version == null ? 0L : version.longValue(), doc.getString(ProgrammeFields.CONVENOR_PARTNER_ID));
    }

    /** Documents written before milestones had ids get the id their name gives them. */
    private static MilestoneView milestone(String programmeId, Document m) {
        String name = m.getString(MilestoneFields.NAME);
        String id = m.getString(MilestoneFields.MILESTONE_ID);
        List<MilestoneView.Slip> slips = m.getList(MilestoneFields.SLIPS, Document.class, List.of()).stream()
                .map(s -> new MilestoneView.Slip(date(s, SlipFields.FROM), precision(s, SlipFields.FROM_PRECISION),
                        date(s, SlipFields.TO), precision(s, SlipFields.TO_PRECISION), s.getString(SlipFields.REASON),
                        s.get(SlipFields.RECORDED_AT, Date.class).toInstant()))
                .toList();
        LocalDate deliveredOn = date(m, MilestoneFields.DELIVERED_ON);
        MilestoneStatus status = deliveredOn != null ? MilestoneStatus.DELIVERED
                : slips.isEmpty() ? MilestoneStatus.DUE : MilestoneStatus.SLIPPED;
        return new MilestoneView(id == null ? Milestone.idFor(programmeId, name) : id, name,
                date(m, MilestoneFields.DUE_ON), precision(m, MilestoneFields.PRECISION), status, deliveredOn,
                m.getString(MilestoneFields.DELIVERY_NOTE), slips);
    }

    private static DatePrecision precision(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? DatePrecision.DAY : DatePrecision.valueOf(value);
    }
}
