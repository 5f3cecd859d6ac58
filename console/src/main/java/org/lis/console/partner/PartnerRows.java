package org.lis.console.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The per-partner coverage rows filtered by level and sorted on the server, so the table works without script. */
final class PartnerRows {

    static final List<String> LEVELS = List.of("NONE", "INVITED", "ACCEPTED", "ENGAGED", "CONTRIBUTED");
    static final List<String> SORTS = List.of("name", "level", "lastEngagedOn", "attendances");

    private PartnerRows() {
    }

    static List<Map<String, Object>> select(List<Map<String, Object>> rows, String level, String sort) {
        Comparator<Map<String, Object>> byName = Comparator.comparing(r -> String.valueOf(r.get("name")),
                String.CASE_INSENSITIVE_ORDER);
        Comparator<Map<String, Object>> order = switch (sort) {
            case "level" -> Comparator.<Map<String, Object>>comparingInt(r -> LEVELS.indexOf(r.get("level")))
                    .reversed().thenComparing(byName);
            case "lastEngagedOn" -> Comparator.<Map<String, Object>, String>comparing(
                    r -> r.get("lastEngagedOn") == null ? "" : r.get("lastEngagedOn").toString())
                    .reversed().thenComparing(byName);
            case "attendances" -> Comparator.<Map<String, Object>>comparingInt(
                    r -> ((Number) r.getOrDefault("attendances", 0)).intValue()).reversed().thenComparing(byName);
            default -> byName;
        };
        return rows.stream().filter(r -> level == null || level.equals(r.get("level"))).sorted(order).toList();
    }
}
