package org.lis.console.activity;

import org.lis.console.web.Formats;
import org.lis.console.web.TypedDate;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an officer enters for an activity with one or more partners: its kind, the date it took place (three
 * fields), what happened, the programme and themes, the partners present; for a correction, also why. The console
 * finds what it can itself (nothing chosen, a date it cannot read or in the future), so the officer is not sent
 * to the service and back for it; the service checks the rest.
 */
public record ActivityForm(String kind, String day, String month, String year, String summary, String programmeId,
                           List<String> themes, List<String> partnerIds, String reason) {

    static final List<String> KINDS = List.of("MEETING", "CALL", "ROUND_TABLE", "STEERING_GROUP",
            "WRITTEN_SUBMISSION", "OTHER");
    static final List<String> THEMES = List.of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY");
    /** The service's limits: free text of 2,000 characters, 50 partners an activity. */
    static final int MAX_TEXT = 2000;
    static final int MAX_PARTNERS = 50;

    public ActivityForm {
        kind = text(kind);
        day = text(day);
        month = text(month);
        year = text(year);
        summary = text(summary);
        programmeId = text(programmeId);
        themes = themes == null ? List.of() : List.copyOf(themes);
        partnerIds = partnerIds == null ? List.of() : partnerIds.stream().distinct().toList();
        reason = text(reason);
    }

    /** A new activity, with the partner or programme the officer came from already chosen. */
    static ActivityForm blank(String partnerId, String programmeId) {
        return new ActivityForm("", "", "", "", "", programmeId,
                List.of(), partnerId == null || partnerId.isBlank() ? List.of() : List.of(partnerId), "");
    }

    static ActivityForm of(MultiValueMap<String, String> data) {
        return new ActivityForm(data.getFirst("kind"), data.getFirst("occurredOn-day"),
                data.getFirst("occurredOn-month"), data.getFirst("occurredOn-year"), data.getFirst("summary"),
                data.getFirst("programmeId"), data.getOrDefault("themes", List.of()),
                data.getOrDefault("partnerIds", List.of()), data.getFirst("reason"));
    }

    /** The activity as it stands ({@code GET /api/activities/{id}}): where a correction starts. */
    @SuppressWarnings("unchecked")
    static ActivityForm from(Map<String, Object> activity) {
        LocalDate on = activity.get("occurredOn") == null ? null : LocalDate.parse(activity.get("occurredOn").toString());
        List<String> partners = ((List<Map<String, Object>>) activity.getOrDefault("partners", List.of())).stream()
                .map(p -> String.valueOf(p.get("partnerId"))).toList();
        return new ActivityForm(String.valueOf(activity.get("kind")),
                on == null ? "" : String.valueOf(on.getDayOfMonth()), on == null ? "" : String.valueOf(on.getMonthValue()),
                on == null ? "" : String.valueOf(on.getYear()), (String) activity.get("summary"),
                (String) activity.get("programmeId"), (List<String>) activity.getOrDefault("themes", List.of()),
                partners, "");
    }

    /** What the console can tell is missing or wrong; {@code correction}: a reason is needed too. */
    Map<String, String> errors(boolean correction) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!KINDS.contains(kind)) {
            errors.put("kind", "Choose what kind of activity it was");
        }
        LocalDate on = date();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.put("occurredOn", "Enter the date it took place, for example 30 4 2018");
        } else if (on == null) {
            errors.put("occurredOn", "The date it took place must be a real date, for example 30 4 2018");
        } else if (on.isAfter(LocalDate.now(Formats.LONDON))) {
            errors.put("occurredOn", "The date it took place must be today or in the past");
        }
        if (summary.isEmpty()) {
            errors.put("summary", "Say what happened");
        } else if (summary.length() > MAX_TEXT) {
            errors.put("summary", "What happened must be 2,000 characters or fewer");
        }
        if (partnerIds.isEmpty()) {
            errors.put("partnerIds", "Choose the partners that took part");
        } else if (partnerIds.size() > MAX_PARTNERS) {
            errors.put("partnerIds", "Choose at most " + MAX_PARTNERS + " partners");
        }
        if (correction && reason.isEmpty()) {
            errors.put("reason", "Say why the activity is corrected");
        } else if (reason.length() > MAX_TEXT) {
            errors.put("reason", "The reason must be 2,000 characters or fewer");
        }
        return errors;
    }

    /** {@code POST /api/activities}. */
    Map<String, Object> recordBody() {
        Map<String, Object> body = fields();
        if (!programmeId.isEmpty()) {
            body.put("programmeId", programmeId);
        }
        return body;
    }

    /** {@code POST /api/activities/{id}/corrections}: everything the form holds replaces; the programme stays. */
    Map<String, Object> correctionBody() {
        Map<String, Object> body = fields();
        body.put("reason", reason);
        return body;
    }

    private Map<String, Object> fields() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        LocalDate on = date();
        body.put("occurredOn", on == null ? null : on.toString());
        body.put("summary", summary);
        body.put("themes", themes);
        body.put("partnerIds", partnerIds);
        return body;
    }

    /** The date typed, or null when it is not a real one. */
    LocalDate date() {
        return TypedDate.parse(String.join(" ", day, month, year));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
