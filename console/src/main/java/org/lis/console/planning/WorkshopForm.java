package org.lis.console.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lis.console.client.ServiceProblem;
import org.springframework.util.MultiValueMap;

/**
 * A workshop's schedule as an officer types it: a day, start and end times in UK time, and the rest. Checked here
 * for what the officer can put right at once; the service's own refusals come back next to the same fields.
 */
record WorkshopForm(String title, String phaseCode, List<String> themes, String day, String month, String year,
                    String startTime, String endTime, String venue, String capacity, String facilitator,
                    List<String> hypothesisIds) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");
    /** The API's field names, and the form's fields they are shown next to. */
    private static final Map<String, String> FIELDS = Map.of("title", "title", "phaseCode", "phaseCode",
            "themes", "themes", "startsAt", "startTime", "endsAt", "endTime", "venue", "venue",
            "capacity", "capacity", "facilitator", "facilitator", "hypothesisIds", "hypothesisIds",
            "reason", "reason");

    static WorkshopForm blank() {
        return new WorkshopForm("", "", List.of(), "", "", "", "10:00", "13:00", "", "30", "", List.of());
    }

    static WorkshopForm of(MultiValueMap<String, String> data) {
        return new WorkshopForm(text(data, "title"), text(data, "phaseCode"), list(data, "themes"),
                text(data, "date-day"), text(data, "date-month"), text(data, "date-year"), text(data, "startTime"),
                text(data, "endTime"), text(data, "venue"), text(data, "capacity"), text(data, "facilitator"),
                list(data, "hypothesisIds"));
    }

    /** The schedule as it stands, for rescheduling. */
    static WorkshopForm of(Map<String, Object> workshop) {
        ZonedDateTime starts = Instant.parse((String) workshop.get("startsAt")).atZone(LONDON);
        ZonedDateTime ends = Instant.parse((String) workshop.get("endsAt")).atZone(LONDON);
        return new WorkshopForm((String) workshop.get("title"), (String) workshop.get("phaseCode"), List.of(),
                String.valueOf(starts.getDayOfMonth()), String.valueOf(starts.getMonthValue()),
                String.valueOf(starts.getYear()), starts.toLocalTime().toString(), ends.toLocalTime().toString(),
                workshop.get("venue") == null ? "" : (String) workshop.get("venue"),
                String.valueOf(workshop.get("capacity")), "", List.of());
    }

    /** What cannot be sent as typed, by field; for a reschedule only the day, times and venue count. */
    Map<String, String> errors(boolean scheduling) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (scheduling && title.isBlank()) {
            errors.put("title", "Enter the workshop's title");
        }
        if (scheduling && phaseCode.isBlank()) {
            errors.put("phaseCode", "Choose the phase the workshop belongs to");
        }
        if (date() == null) {
            errors.put("date", "The date must be a real date, for example 3 10 2018");
        }
        if (time(startTime) == null) {
            errors.put("startTime", "Enter the start time as hours and minutes, for example 09:30");
        }
        if (time(endTime) == null) {
            errors.put("endTime", "Enter the end time as hours and minutes, for example 12:30");
        } else if (time(startTime) != null && !time(endTime).isAfter(time(startTime))) {
            errors.put("endTime", "The end time must be after the start time");
        }
        if (scheduling && (places() == null || places() < 1 || places() > 10_000)) {
            errors.put("capacity", "Enter the number of places, a whole number from 1 to 10,000");
        }
        return errors;
    }

    Map<String, Object> scheduleBody(String programmeId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programmeId);
        body.put("phaseCode", phaseCode);
        body.put("title", title);
        body.put("themes", themes);
        body.put("startsAt", startsAt().toString());
        body.put("endsAt", endsAt().toString());
        body.put("venue", venue.isBlank() ? null : venue);
        body.put("capacity", places());
        body.put("facilitator", facilitator.isBlank() ? null : facilitator);
        body.put("hypothesisIds", hypothesisIds);
        return body;
    }

    Map<String, Object> rescheduleBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", startsAt().toString());
        body.put("endsAt", endsAt().toString());
        if (!venue.isBlank()) {
            body.put("venue", venue);
        }
        return body;
    }

    /** A service's refusal next to the field it names; one about the whole request goes with the date. */
    static Map<String, String> refusal(ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(FIELDS.getOrDefault(e.field(), "date"), e.message()));
        if (errors.isEmpty()) {
            errors.put("date", problem.words());
        }
        return errors;
    }

    private Instant startsAt() {
        return ZonedDateTime.of(date(), time(startTime), LONDON).toInstant();
    }

    private Instant endsAt() {
        return ZonedDateTime.of(date(), time(endTime), LONDON).toInstant();
    }

    private LocalDate date() {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalTime time(String typed) {
        Matcher matcher = TIME.matcher(typed.strip());
        return matcher.matches()
                ? LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))) : null;
    }

    private Integer places() {
        try {
            return Integer.valueOf(capacity.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(MultiValueMap<String, String> data, String name) {
        String value = data.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static List<String> list(MultiValueMap<String, String> data, String name) {
        List<String> values = data.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).distinct().toList();
    }
}
