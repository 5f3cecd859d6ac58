package org.lis.engagement.programme.query;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.MilestoneDeliveredEvent;
import org.lis.events.programme.MilestoneSlippedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.test.DatabaseTestBase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeProjectionTest extends DatabaseTestBase {

    private static final ProgrammeDefinedEvent DEFINED = new ProgrammeDefinedEvent("prog-1", "Bucks LIS",
            LocalDate.of(2018, 12, 31), List.of(new Phase("P1", "Evidence", LocalDate.of(2018, 6, 1),
            LocalDate.of(2018, 7, 31), List.of(new Milestone("Draft", LocalDate.of(2018, 7, 16))))),
            new ReadinessRules(true, 2, 3));

    private static final Instant RECORDED_AT = Instant.parse("2018-10-01T09:00:00Z");

    private final ProgrammeProjection projection = new ProgrammeProjection(database);

    @Test
    void definitionIsStoredWithDatesAsIsoStrings() {
        projection.on(DEFINED);
        Document doc = programme();
        assertThat(doc.getString("adoptionTargetDate")).isEqualTo("2018-12-31");
        assertThat(doc.getList("phases", Document.class).get(0).getList("milestones", Document.class).get(0)
                .getString("dueOn")).isEqualTo("2018-07-16");
        assertThat(doc.get("readiness", Document.class).getInteger("minFeedbackPerHypothesis")).isEqualTo(3);
        assertThat(doc.getBoolean("adopted")).isFalse();
    }

    @Test
    void adoptionIsShownAndARedeliveredDefinitionDoesNotUndoIt() {
        projection.on(DEFINED);
        projection.on(new ProgrammeAdoptedEvent("prog-1", LocalDate.of(2019, 1, 11), "Deadline", List.of("keyPartnersEngaged")), 1);
        Document adopted = programme();
        projection.on(DEFINED);
        projection.on(new ProgrammeAdoptedEvent("prog-1", LocalDate.of(2019, 1, 11), "Deadline", List.of("keyPartnersEngaged")), 1);
        assertThat(programme()).isEqualTo(adopted);
        assertThat(adopted.getBoolean("adopted")).isTrue();
        assertThat(adopted.getString("overrideReason")).isEqualTo("Deadline");
        assertThat(adopted.getList("failedChecks", String.class)).containsExactly("keyPartnersEngaged");
        assertThat(adopted.getLong("version")).isEqualTo(1);
    }

    @Test
    void aRevisionReplacesTheDefinitionAndALateOlderOneDoesNotUndoANewer() {
        projection.on(DEFINED);
        Phase engagement = new Phase("P2", "Engagement", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 10, 5), List.of());
        projection.on(new ProgrammeRevisedEvent("prog-1", "Bucks LIS", LocalDate.of(2019, 3, 29),
                List.of(engagement), new ReadinessRules(false, 1, 0)), 2);
        projection.on(new ProgrammeRevisedEvent("prog-1", "Renamed earlier", LocalDate.of(2018, 12, 31),
                List.of(), new ReadinessRules(true, 2, 3)), 1);

        Document revised = programme();
        assertThat(revised.getString("name")).isEqualTo("Bucks LIS");
        assertThat(revised.getString("adoptionTargetDate")).isEqualTo("2019-03-29");
        assertThat(revised.getList("phases", Document.class)).extracting(p -> p.getString("code")).containsExactly("P2");
        assertThat(revised.get("readiness", Document.class).getBoolean("keyPartnersEngaged")).isFalse();
        assertThat(revised.getLong("version")).isEqualTo(2);
    }

    @Test
    void milestonesShowTheirPrecisionDeliveryAndSlipsAndKeepThemAcrossARevisionThatKeepsTheirName() {
        Milestone vision = new Milestone("Draft LIS vision", LocalDate.of(2018, 9, 24), DatePrecision.WEEK);
        Milestone presentation = new Milestone("Vision presentation", LocalDate.of(2018, 10, 5));
        Phase engagement = new Phase("P2", "Engagement", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 9, 1),
                List.of(vision, presentation), DatePrecision.MONTH, DatePrecision.MONTH);
        String visionId = Milestone.idFor("prog-1", vision.name());
        String presentationId = Milestone.idFor("prog-1", presentation.name());
        projection.on(new ProgrammeDefinedEvent("prog-1", "Bucks LIS", LocalDate.of(2018, 12, 31), List.of(engagement),
                new ReadinessRules(true, 1, 0), "p-lep"));
        projection.on(new MilestoneDeliveredEvent("prog-1", "P2", visionId, vision.name(), LocalDate.of(2018, 9, 27),
                "Circulated"), 1);
        projection.on(new MilestoneSlippedEvent("prog-1", "P2", presentationId, presentation.name(),
                presentation.dueOn(), DatePrecision.DAY, LocalDate.of(2018, 10, 8), DatePrecision.WEEK,
                "Board date moved"), 2, RECORDED_AT);
        Document live = programme();
        // a redelivery of either changes nothing
        projection.on(new MilestoneSlippedEvent("prog-1", "P2", presentationId, presentation.name(),
                presentation.dueOn(), DatePrecision.DAY, LocalDate.of(2018, 10, 8), DatePrecision.WEEK,
                "Board date moved"), 2, RECORDED_AT);
        assertThat(programme()).isEqualTo(live);

        ProgrammeView view = view();
        assertThat(view.convenorPartnerId()).isEqualTo("p-lep");
        PhaseView phase = view.phases().get(0);
        assertThat(phase.startsOnPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(phase.endsOn()).isEqualTo(LocalDate.of(2018, 9, 1));
        assertThat(phase.milestones()).containsExactly(
                new MilestoneView(visionId, vision.name(), vision.dueOn(), DatePrecision.WEEK,
                        MilestoneStatus.DELIVERED, LocalDate.of(2018, 9, 27), "Circulated", List.of()),
                new MilestoneView(presentationId, presentation.name(), LocalDate.of(2018, 10, 8), DatePrecision.WEEK,
                        MilestoneStatus.SLIPPED, null, null, List.of(new MilestoneView.Slip(presentation.dueOn(),
                        DatePrecision.DAY, LocalDate.of(2018, 10, 8), DatePrecision.WEEK, "Board date moved",
                        RECORDED_AT))));

        Phase writing = new Phase("P3", "Writing", LocalDate.of(2018, 10, 1), LocalDate.of(2019, 1, 31),
                List.of(new Milestone("Vision Presentation", LocalDate.of(2018, 10, 12))));
        projection.on(new ProgrammeRevisedEvent("prog-1", "Bucks LIS", LocalDate.of(2018, 12, 31), List.of(writing),
                new ReadinessRules(true, 1, 0)), 3);
        MilestoneView kept = view().phases().get(0).milestones().get(0);
        assertThat(kept.milestoneId()).isEqualTo(presentationId);
        assertThat(kept.dueOn()).isEqualTo(LocalDate.of(2018, 10, 12));
        assertThat(kept.status()).isEqualTo(MilestoneStatus.SLIPPED);
        assertThat(kept.slips()).hasSize(1);
        assertThat(view().convenorPartnerId()).isNull();
    }

    @Test
    void aProgrammeStoredBeforePrecisionsAndIdsReadsAsDaysWithIdsFromItsNames() {
        projection.on(DEFINED);
        database.getCollection(ProgrammeProjection.COLLECTION).updateOne(new Document("_id", "prog-1"),
                new Document("$unset", new Document("phases.0.startsOnPrecision", "")
                        .append("phases.0.endsOnPrecision", "").append("phases.0.milestones.0.precision", "")
                        .append("phases.0.milestones.0.milestoneId", "")));

        PhaseView phase = view().phases().get(0);
        assertThat(phase.endsOnPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(phase.milestones().get(0).milestoneId()).isEqualTo(Milestone.idFor("prog-1", "Draft"));
        assertThat(phase.milestones().get(0).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(phase.milestones().get(0).status()).isEqualTo(MilestoneStatus.DUE);
    }

    @Test
    void resetClearsTheProgrammes() {
        projection.on(DEFINED);
        projection.reset();
        assertThat(database.getCollection(ProgrammeProjection.COLLECTION).countDocuments()).isZero();
    }

    private ProgrammeView view() {
        return ProgrammeQueries.view(programme());
    }

    private Document programme() {
        return database.getCollection(ProgrammeProjection.COLLECTION).find().first();
    }
}
