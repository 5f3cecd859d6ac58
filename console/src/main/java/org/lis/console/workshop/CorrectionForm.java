package org.lis.console.workshop;

import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.Map;

/** A correction of recorded feedback: what it should have said, and why it is corrected (required). */
public record CorrectionForm(String stance, String confidence, String comment, String reason) {

    static final int REASON_LIMIT = 2000;

    /** Starts from what was recorded, so only what changes needs touching. */
    static CorrectionForm from(Map<String, Object> feedback) {
        return new CorrectionForm(String.valueOf(feedback.get("stance")), String.valueOf(feedback.get("confidence")),
                feedback.get("comment") == null ? "" : feedback.get("comment").toString(), "");
    }

    static CorrectionForm of(MultiValueMap<String, String> data) {
        return new CorrectionForm(FeedbackForm.strip(data.getFirst("stance")),
                FeedbackForm.strip(data.getFirst("confidence")),
                data.getFirst("comment") == null ? "" : data.getFirst("comment"),
                data.getFirst("reason") == null ? "" : data.getFirst("reason"));
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>(FeedbackForm.stanceErrors(stance, confidence, comment));
        if (reason.isBlank()) {
            errors.put("reason", "Enter why the feedback is corrected");
        } else if (reason.length() > REASON_LIMIT) {
            errors.put("reason", "The reason must be 2,000 characters or fewer");
        }
        return errors;
    }

    int confidenceValue() {
        return Integer.parseInt(confidence);
    }
}
