package org.lis.console.workshop;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the partners at a workshop stand on one hypothesis: each partner's latest word (a correction replaces what
 * was first said), counted by stance in the order the room reads them.
 */
public record StanceTally(Map<String, Integer> counts) {

    public static final List<String> STANCES = List.of("SUPPORT", "OPPOSE", "NEUTRAL", "CONDITIONAL");

    /** Tallies the feedback items (API FeedbackView maps) given on {@code hypothesisId}. */
    public static StanceTally of(Collection<Map<String, Object>> feedback, String hypothesisId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STANCES.forEach(stance -> counts.put(stance, 0));
        feedback.stream().filter(item -> hypothesisId.equals(item.get("hypothesisId")))
                .map(item -> String.valueOf(item.get("stance")))
                .filter(counts::containsKey)
                .forEach(stance -> counts.merge(stance, 1, Integer::sum));
        return new StanceTally(counts);
    }

    public int count(String stance) {
        return counts.getOrDefault(stance, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The stance's share of the feedback as a whole percentage, for a bar; 0 when there is none. */
    public long percent(String stance) {
        int total = total();
        return total == 0 ? 0 : Math.round(100.0 * count(stance) / total);
    }
}
