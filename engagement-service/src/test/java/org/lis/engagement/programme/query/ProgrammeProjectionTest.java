package org.lis.engagement.programme.query;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.test.DatabaseTestBase;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeProjectionTest extends DatabaseTestBase {

    private static final ProgrammeDefinedEvent DEFINED = new ProgrammeDefinedEvent("prog-1", "Bucks LIS",
            LocalDate.of(2018, 12, 31), List.of(new Phase("P1", "Evidence", LocalDate.of(2018, 6, 1),
            LocalDate.of(2018, 7, 31), List.of(new Milestone("Draft", LocalDate.of(2018, 7, 16))))),
            new ReadinessRules(true, 2, 3));

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
    void resetClearsTheProgrammes() {
        projection.on(DEFINED);
        projection.reset();
        assertThat(database.getCollection(ProgrammeProjection.COLLECTION).countDocuments()).isZero();
    }

    private Document programme() {
        return database.getCollection(ProgrammeProjection.COLLECTION).find().first();
    }
}
