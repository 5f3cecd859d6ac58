package org.lis.engagement.readiness.query;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.lis.engagement.coverage.query.CoverageTestBed;
import org.lis.engagement.coverage.query.SmallHistory;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness of {@link SmallHistory}'s programme (key partners engaged; 1 per theme; 2 per hypothesis). */
class ReadinessCalculatorTest {

    @AutoClose
    private final CoverageTestBed bed = SmallHistory.recorded();

    @Test
    void checksSayWhatIsMissing() {
        ReadinessReport report = readiness("2018-09-30");
        assertThat(report.ready()).isFalse();
        assertThat(report.checks()).containsExactly(
                new ReadinessCheck("keyPartnersEngaged", false, "1 key partner not engaged: Beta Council"),
                new ReadinessCheck("minEngagedPerTheme", false,
                        "2 of 4 themes below 1 engaged partner: CLEAN_GROWTH (0), MOBILITY (0)"),
                new ReadinessCheck("minFeedbackPerHypothesis", true,
                        "1 tabled hypothesis, each with feedback from at least 2 partners"));
        assertThat(report.failedChecks()).containsExactly("keyPartnersEngaged", "minEngagedPerTheme");
    }

    @Test
    void hypothesisShortOfFeedbackBeforeTheWrittenSubmission() {
        ReadinessCheck feedback = readiness("2018-08-20").checks().get(2);
        assertThat(feedback).isEqualTo(new ReadinessCheck("minFeedbackPerHypothesis", false,
                "1 of 1 tabled hypotheses have feedback from fewer than 2 partners: 'AI centre' (1)"));
    }

    private ReadinessReport readiness(String asOf) {
        return ReadinessCalculator.readiness(bed.history(SmallHistory.P), LocalDate.parse(asOf),
                Instant.parse("2018-12-31T00:00:00Z"));
    }
}
