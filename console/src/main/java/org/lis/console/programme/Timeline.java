package org.lis.console.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A programme's phases and milestones laid out on one line from its first to its last date, with today
 * marked when it falls inside: positions are percentages of the line, so the page draws it without script.
 */
public record Timeline(LocalDate start, LocalDate end, List<Bar> phases, List<Mark> milestones, Mark today) {

    public record Bar(String code, String name, LocalDate startsOn, LocalDate endsOn, double left, double width) {
    }

    public record Mark(String name, LocalDate on, double left, boolean past) {
    }

    @SuppressWarnings("unchecked")
    public static Timeline of(Map<String, Object> programme, LocalDate today) {
        List<Map<String, Object>> phases = (List<Map<String, Object>>) programme.getOrDefault("phases", List.of());
        List<LocalDate> dates = new ArrayList<>();
        phases.forEach(p -> {
            dates.add(first(p));
            dates.add(last(p));
        });
        dates.add(date(programme.get("adoptionTargetDate")));
        dates.removeIf(d -> d == null);
        if (dates.isEmpty()) {
            return new Timeline(today, today, List.of(), List.of(), null);
        }
        LocalDate start = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        List<Bar> bars = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (Map<String, Object> phase : phases) {
            LocalDate from = first(phase);
            LocalDate to = last(phase);
            double left = position(start, from, days);
            bars.add(new Bar((String) phase.get("code"), (String) phase.get("name"), from, to, left,
                    position(start, to, days) - left));
            for (Map<String, Object> m : (List<Map<String, Object>>) phase.getOrDefault("milestones", List.of())) {
                LocalDate due = date(m.get("dueOn"));
                marks.add(new Mark((String) m.get("name"), due, position(start, due, days), !due.isAfter(today)));
            }
        }
        marks.sort(Comparator.comparing(Mark::on));
        Mark now = today.isBefore(start) || today.isAfter(end) ? null
                : new Mark("Today", today, position(start, today, days), true);
        return new Timeline(start, end, List.copyOf(bars), List.copyOf(marks), now);
    }

    private static double position(LocalDate start, LocalDate date, double days) {
        return Math.round(ChronoUnit.DAYS.between(start, date) * 1000.0 / days) / 10.0;
    }

    /** A phase runs from the first day its start covers to the last its end covers ("August to September"). */
    private static LocalDate first(Map<String, Object> phase) {
        LocalDate date = date(phase.get("startsOn"));
        return date == null ? null : LooseDates.first(date, text(phase.get("startsOnPrecision")));
    }

    private static LocalDate last(Map<String, Object> phase) {
        LocalDate date = date(phase.get("endsOn"));
        return date == null ? null : LooseDates.last(date, text(phase.get("endsOnPrecision")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
