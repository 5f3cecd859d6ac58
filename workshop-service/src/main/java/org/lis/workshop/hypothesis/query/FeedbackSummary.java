package org.lis.workshop.hypothesis.query;

import java.util.List;
import java.util.Map;

import org.lis.events.workshop.Stance;

/**
 * What partners said of a hypothesis, counting each partner's latest word per workshop (corrections
 * replace what they correct). {@code averageConfidence} is null when there is no feedback.
 */
public record FeedbackSummary(int total, Map<Stance, Integer> bySupport, Double averageConfidence,
                              Map<String, Integer> byPartnerType, List<PartnerStance> partners) {

    public record PartnerStance(String partnerId, Stance stance, int confidence, String workshopId) {
    }
}
