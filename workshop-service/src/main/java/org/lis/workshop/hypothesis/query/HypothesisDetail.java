package org.lis.workshop.hypothesis.query;

import java.util.List;

import org.lis.events.common.Theme;

public record HypothesisDetail(String id, String programmeId, String title, String statement, List<Theme> themes,
                               List<String> sectors, FeedbackSummary feedbackSummary) {

    static HypothesisDetail of(HypothesisSummary hypothesis, FeedbackSummary summary) {
        return new HypothesisDetail(hypothesis.id(), hypothesis.programmeId(), hypothesis.title(),
                hypothesis.statement(), hypothesis.themes(), hypothesis.sectors(), summary);
    }
}
