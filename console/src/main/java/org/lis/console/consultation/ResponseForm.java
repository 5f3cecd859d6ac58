package org.lis.console.consultation;

import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an officer enters for a partner's response: the partner, the date received (three fields), the summary, the
 * stance, and, for a response received after the window closed, why it is accepted late.
 */
public record ResponseForm(String partnerId, String day, String month, String year, String summary, String stance,
                           boolean late, String lateReason) {

    static ResponseForm blank() {
        return new ResponseForm("", "", "", "", "", "", false, "");
    }

    static ResponseForm of(MultiValueMap<String, String> data) {
        return new ResponseForm(data.getFirst("partnerId"), data.getFirst("receivedOn-day"),
                data.getFirst("receivedOn-month"), data.getFirst("receivedOn-year"), data.getFirst("summary"),
                data.getFirst("stance"), "yes".equals(data.getFirst("late")), data.getFirst("lateReason"));
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (ConsultationForm.date(day, month, year) == null) {
            errors.put("receivedOn", "The date received " + ConsultationForm.DATE_ERROR);
        }
        return errors;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", partnerId == null ? "" : partnerId);
        body.put("receivedOn", ConsultationForm.date(day, month, year));
        body.put("summary", summary == null ? "" : summary.strip());
        body.put("stance", stance == null || stance.isBlank() ? null : stance);
        if (late) {
            body.put("late", Map.of("reason", lateReason == null ? "" : lateReason.strip()));
        }
        return body;
    }
}
