package org.lis.console.planning;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.util.MultiValueMap;

/**
 * Which partners an officer is choosing among: the register's filters, and the board's gaps ("not yet engaged",
 * "key partners not engaged") as the programme's coverage sees them today.
 */
record InviteFilter(String q, String type, String sector, String theme, String district, String engagement) {

    static final List<String> ENGAGEMENT = List.of("", "NOT_ENGAGED", "KEY_NOT_ENGAGED");

    static InviteFilter of(MultiValueMap<String, String> query) {
        return new InviteFilter(value(query, "q"), value(query, "type"), value(query, "sector"),
                value(query, "theme"), value(query, "district"),
                ENGAGEMENT.contains(value(query, "engagement")) ? value(query, "engagement") : "");
    }

    /** Whether a row of the programme's partners' coverage is among those chosen. */
    Predicate<Map<String, Object>> matches() {
        return row -> contains(row.get("name"), q)
                && (type.isEmpty() || type.equals(row.get("type")))
                && (sector.isEmpty() || listed(row.get("sectors"), sector))
                && (theme.isEmpty() || listed(row.get("themes"), theme))
                && (district.isEmpty() || district.equalsIgnoreCase(String.valueOf(row.get("district"))))
                && engagedAsAsked(row);
    }

    private boolean engagedAsAsked(Map<String, Object> row) {
        // as coverage counts it: ENGAGED or CONTRIBUTED; an invitation or an acceptance is not yet engagement
        boolean engaged = "ENGAGED".equals(row.get("level")) || "CONTRIBUTED".equals(row.get("level"));
        return switch (engagement) {
            case "NOT_ENGAGED" -> !engaged;
            case "KEY_NOT_ENGAGED" -> !engaged && Boolean.TRUE.equals(row.get("keyPartner"));
            default -> true;
        };
    }

    private static boolean contains(Object name, String part) {
        return part.isEmpty() || String.valueOf(name).toLowerCase().contains(part.toLowerCase());
    }

    private static boolean listed(Object values, String wanted) {
        return values instanceof List<?> list && list.contains(wanted);
    }

    private static String value(MultiValueMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
