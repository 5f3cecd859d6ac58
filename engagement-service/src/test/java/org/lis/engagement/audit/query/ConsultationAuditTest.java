package org.lis.engagement.audit.query;

import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.consultation.ConsultationOpenedEvent;
import org.lis.events.consultation.ConsultationResponseRecordedEvent;
import org.lis.events.workshop.Stance;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit's lines for a consultation: organisation-level facts, never the free text of a response. */
class ConsultationAuditTest {

    @Test
    void openingNamesTheWindow() {
        assertThat(AuditSummaries.summarize(new ConsultationOpenedEvent("c-1", "prog-1", "Draft strategy",
                "the draft LIS", LocalDate.of(2018, 10, 5), LocalDate.of(2018, 11, 23), List.of(), List.of())))
                .isEqualTo("consultation opened: Draft strategy (2018-10-05 to 2018-11-23)");
    }

    @Test
    void responseNamesPartnerStanceAndDateButNotItsText() {
        String late = AuditSummaries.summarize(new ConsultationResponseRecordedEvent("c-1", "prog-1", "r-1", "p-1",
                LocalDate.of(2018, 11, 27), "Call Pat on 01234 567890", Stance.OPPOSE, List.of(), true,
                "Pat was away", List.of(Theme.MOBILITY)));
        assertThat(late).isEqualTo("consultation response OPPOSE from {partner:p-1} received on 2018-11-27"
                + " (late, accepted with a reason)");
        assertThat(late).doesNotContain("Pat");
    }
}
