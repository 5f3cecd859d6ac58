package org.lis.console.coverage;

import org.lis.events.programme.DatePrecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A date the board often asks about: each milestone's, each consultation window's close (what the API also answers
 * for {@code asOf=consultation:{id}}), and the adoption date.
 */
public record QuickPick(String label, LocalDate on) {

    static List<QuickPick> of(Map<String, Object> programme) {
        return of(programme, List.of());
    }

    @SuppressWarnings("unchecked")
    static List<QuickPick> of(Map<String, Object> programme, List<Map<String, Object>> consultations) {
        List<QuickPick> picks = new ArrayList<>();
        for (Map<String, Object> consultation : consultations) {
            picks.add(new QuickPick("Close of " + consultation.get("title"),
                    LocalDate.parse(consultation.get("closesOn").toString())));
        }
        for (Map<String, Object> phase : (List<Map<String, Object>>) programme.getOrDefault("phases", List.of())) {
            for (Map<String, Object> m : (List<Map<String, Object>>) phase.getOrDefault("milestones", List.of())) {
                Object precision = m.get("precision");
                DatePrecision given = precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision.toString());
                picks.add(new QuickPick((String) m.get("name"), given.lastDay(LocalDate.parse(m.get("dueOn").toString()))));
            }
        }
        picks.sort(Comparator.comparing(QuickPick::on));
        if (programme.get("adoptedOn") != null) {
            picks.add(new QuickPick("Adoption", LocalDate.parse(programme.get("adoptedOn").toString())));
        }
        return List.copyOf(picks);
    }
}
