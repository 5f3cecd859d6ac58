package org.lis.console.programme;

import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an officer enters about a milestone: when it was delivered (and a note), or the date it slipped to, at a
 * precision, and why. Dates are typed as day, month and year, as GOV.UK date inputs have them.
 */
record MilestoneForm(String day, String month, String year, String note, String precision, String reason) {

    static MilestoneForm blank(LocalDate today) {
        return new MilestoneForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), "", "DAY", "");
    }

    static MilestoneForm of(MultiValueMap<String, String> data, String dateField) {
        return new MilestoneForm(data.getFirst(dateField + "-day"), data.getFirst(dateField + "-month"),
                data.getFirst(dateField + "-year"), data.getFirst("note"), data.getFirst("precision"),
                data.getFirst("reason"));
    }

    /** The date as the API takes it, or null when it is not a real date. */
    String date() {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    Map<String, Object> delivery() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveredOn", date());
        if (note != null && !note.isBlank()) {
            body.put("note", note.strip());
        }
        return body;
    }

    Map<String, Object> slip() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("newDueOn", date());
        body.put("precision", precision == null || precision.isBlank() ? "DAY" : precision);
        body.put("reason", reason == null ? "" : reason.strip());
        return body;
    }
}
