package org.lis.engagement.consultation.query;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.consultation.ConsultationOpenedEvent;
import org.lis.events.consultation.ConsultationResponseRecordedEvent;
import org.lis.events.consultation.HypothesisStance;
import org.lis.events.workshop.Stance;
import org.lis.support.test.DatabaseTestBase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultationProjectionTest extends DatabaseTestBase {

    private static final ConsultationOpenedEvent OPENED = new ConsultationOpenedEvent("cons-1", "prog-1",
            "Draft strategy", "the draft LIS", LocalDate.of(2018, 10, 5), LocalDate.of(2018, 11, 23),
            List.of(Theme.CLEAN_GROWTH), List.of("hyp-ai"));
    private static final ConsultationResponseRecordedEvent LATE = new ConsultationResponseRecordedEvent("cons-1",
            "prog-1", "r-1", "p-1", LocalDate.of(2018, 11, 27), "Supports it", Stance.SUPPORT,
            List.of(new HypothesisStance("hyp-ai", Stance.CONDITIONAL, null)), true, "Extension agreed",
            List.of(Theme.CLEAN_GROWTH));
    private static final Instant RECORDED = Instant.parse("2018-11-28T10:00:00Z");

    private final ConsultationProjection projection = new ConsultationProjection(database);

    @Test
    void windowAndResponseAreStoredWithDatesAsIsoStrings() {
        projection.on(OPENED, 0);
        projection.on(LATE, 1, RECORDED);
        Document window = find(ConsultationProjection.CONSULTATIONS, "cons-1");
        assertThat(window.getString("closesOn")).isEqualTo("2018-11-23");
        assertThat(window.getList("themes", String.class)).containsExactly("CLEAN_GROWTH");
        assertThat(window.getLong("version")).isEqualTo(1);
        Document response = find(ConsultationProjection.RESPONSES, "r-1");
        assertThat(response.getString("receivedOn")).isEqualTo("2018-11-27");
        assertThat(response.getBoolean("late")).isTrue();
        assertThat(response.getString("lateReason")).isEqualTo("Extension agreed");
        assertThat(response.getList("hypotheses", Document.class).get(0).getString("stance")).isEqualTo("CONDITIONAL");
    }

    @Test
    void redeliveredEventsChangeNothing() {
        projection.on(OPENED, 0);
        projection.on(LATE, 1, RECORDED);
        Document window = find(ConsultationProjection.CONSULTATIONS, "cons-1");
        Document response = find(ConsultationProjection.RESPONSES, "r-1");
        projection.on(LATE, 1, RECORDED);
        projection.on(OPENED, 0);
        assertThat(find(ConsultationProjection.CONSULTATIONS, "cons-1")).isEqualTo(window);
        assertThat(find(ConsultationProjection.RESPONSES, "r-1")).isEqualTo(response);
        assertThat(database.getCollection(ConsultationProjection.RESPONSES).countDocuments()).isEqualTo(1);
    }

    @Test
    void resetEmptiesBoth() {
        projection.on(OPENED, 0);
        projection.on(LATE, 1, RECORDED);
        projection.reset();
        assertThat(database.getCollection(ConsultationProjection.CONSULTATIONS).countDocuments()).isZero();
        assertThat(database.getCollection(ConsultationProjection.RESPONSES).countDocuments()).isZero();
    }

    private Document find(String collection, String id) {
        return database.getCollection(collection).find(new Document("_id", id)).first();
    }
}
