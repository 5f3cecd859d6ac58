package org.lis.console.workshop;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StanceTallyTest {

    @Test
    void countsEachPartnersLatestStanceOnOneHypothesis() {
        List<Map<String, Object>> feedback = List.of(
                Map.of("id", "f1", "hypothesisId", "h1", "stance", "SUPPORT"),
                Map.of("id", "f2", "hypothesisId", "h1", "stance", "SUPPORT"),
                Map.of("id", "f3", "hypothesisId", "h1", "stance", "CONDITIONAL"),
                Map.of("id", "f4", "hypothesisId", "h2", "stance", "OPPOSE"));

        StanceTally tally = StanceTally.of(feedback, "h1");

        assertThat(tally.counts()).containsExactly(Map.entry("SUPPORT", 2), Map.entry("OPPOSE", 0),
                Map.entry("NEUTRAL", 0), Map.entry("CONDITIONAL", 1));
        assertThat(tally.total()).isEqualTo(3);
        assertThat(tally.percent("SUPPORT")).isEqualTo(67);
    }

    @Test
    void noFeedbackIsNoBar() {
        StanceTally tally = StanceTally.of(List.of(), "h1");
        assertThat(tally.total()).isZero();
        assertThat(tally.percent("SUPPORT")).isZero();
    }
}
