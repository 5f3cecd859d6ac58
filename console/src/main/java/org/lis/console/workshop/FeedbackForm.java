package org.lis.console.workshop;

import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a facilitator enters for one partner's word on a hypothesis: the partner, the stance, the confidence
 * from 1 to 5 and a comment. Checked here first, so bad input is answered beside its field and nothing is sent.
 */
public record FeedbackForm(String partnerId, String stance, String confidence, String comment) {

    static final int COMMENT_LIMIT = 5000;

    static final FeedbackForm EMPTY = new FeedbackForm(null, null, null, "");

    static FeedbackForm of(MultiValueMap<String, String> data) {
        return new FeedbackForm(strip(data.getFirst("partnerId")), strip(data.getFirst("stance")),
                strip(data.getFirst("confidence")), data.getFirst("comment") == null ? "" : data.getFirst("comment"));
    }

    /** Each field's problem in words, in the order of the form; empty when the form can be sent. */
    Map<String, String> errors(Room room) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (partnerId == null) {
            errors.put("partnerId", "Choose the partner whose feedback this is");
        } else if (room.register().stream().noneMatch(p -> partnerId.equals(p.get("id")))) {
            errors.put("partnerId", "Choose a partner from the register");
        }
        errors.putAll(stanceErrors(stance, confidence, comment));
        return errors;
    }

    int confidenceValue() {
        return Integer.parseInt(confidence);
    }

    /** The checks a correction shares: a stance, a confidence from 1 to 5, a comment of bounded length. */
    static Map<String, String> stanceErrors(String stance, String confidence, String comment) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (stance == null || !StanceTally.STANCES.contains(stance)) {
            errors.put("stance", "Choose whether the partner supports, opposes, is neutral or supports on conditions");
        }
        if (confidence == null || !confidence.matches("[1-5]")) {
            errors.put("confidence", "Choose how confident the partner is, from 1 to 5");
        }
        if (comment != null && comment.length() > COMMENT_LIMIT) {
            errors.put("comment", "The comment must be 5,000 characters or fewer");
        }
        return errors;
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
