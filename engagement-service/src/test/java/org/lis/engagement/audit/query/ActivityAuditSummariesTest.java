package org.lis.engagement.audit.query;

import org.junit.jupiter.api.Test;
import org.lis.events.activity.ActivityCorrectedEvent;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit keeps the original, the correction and the withdrawal, each as its own line naming the partners. */
class ActivityAuditSummariesTest {

    @Test
    void recordingCorrectingAndWithdrawingEachHaveTheirSentence() {
        assertThat(AuditSummaries.summarize(new ActivityRecordedEvent("a", List.of("p1", "p2"),
                ActivityKind.ROUND_TABLE, LocalDate.of(2018, 4, 30), "Round table", null, List.of(Theme.AI_AND_DATA))))
                .isEqualTo("activity recorded: ROUND_TABLE with {partner:p1}, {partner:p2} on 2018-04-30 (no programme)");
        assertThat(AuditSummaries.summarize(new ActivityCorrectedEvent("a", List.of("p1", "p3"), List.of("p1", "p2"),
                ActivityKind.ROUND_TABLE, LocalDate.of(2018, 5, 1), "Round table", "prog", List.of(), "Wrong team")))
                .isEqualTo("activity corrected to ROUND_TABLE with {partner:p1}, {partner:p3} on 2018-05-01"
                        + " (was with {partner:p1}, {partner:p2}) (reason kept in the activity's record)");
        assertThat(AuditSummaries.summarize(new ActivityWithdrawnEvent("a", List.of("p1"), "prog", "Twice")))
                .isEqualTo("activity with {partner:p1} withdrawn (reason kept in the activity's record)");
    }
}
