package org.lis.console.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lis.console.client.ServiceProblem;
import org.springframework.util.MultiValueMap;

/**
 * A partner as an officer types it: sectors as words separated by commas, themes ticked, whether it is a key
 * partner, and, for a change, the day the new classification takes effect.
 */
record PartnerForm(String name, String type, String sectors, List<String> themes, String district,
                   String keyPartner, String day, String month, String year, String version) {

    static PartnerForm blank() {
        return new PartnerForm("", "", "", List.of(), "", "no", "", "", "", "");
    }

    /** The partner as registered, to change it from today. */
    @SuppressWarnings("unchecked")
    static PartnerForm of(Map<String, Object> partner, LocalDate today) {
        return new PartnerForm((String) partner.get("name"), (String) partner.get("type"),
                String.join(", ", (List<String>) partner.getOrDefault("sectors", List.of())),
                (List<String>) partner.getOrDefault("themes", List.of()),
                partner.get("district") == null ? "" : (String) partner.get("district"),
                Boolean.TRUE.equals(partner.get("keyPartner")) ? "yes" : "no",
                String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), String.valueOf(partner.get("version")));
    }

    static PartnerForm of(MultiValueMap<String, String> data) {
        List<String> themes = data.get("themes");
        return new PartnerForm(text(data, "name"), text(data, "type"), text(data, "sectors"),
                themes == null ? List.of() : themes.stream().filter(t -> !t.isBlank()).distinct().toList(),
                text(data, "district"), text(data, "keyPartner"), text(data, "effectiveOn-day"),
                text(data, "effectiveOn-month"), text(data, "effectiveOn-year"), text(data, "version"));
    }

    /** What cannot be sent as typed, by field; a change also needs a real date it takes effect from. */
    Map<String, String> errors(boolean change) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isBlank()) {
            errors.put("name", "Enter the partner's name");
        }
        if (type.isBlank()) {
            errors.put("type", "Choose the kind of organisation");
        }
        if (change && effectiveOn() == null) {
            errors.put("effectiveOn", "The date must be a real date, for example 1 9 2018");
        }
        return errors;
    }

    /** The API's body: sectors as lower-case, hyphenated tags ("Life sciences" is {@code life-sciences}). */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("sectors", Arrays.stream(sectors.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.UK).replaceAll("\\s+", "-")).distinct().toList());
        body.put("themes", themes);
        body.put("district", district.isBlank() ? null : district);
        body.put("keyPartner", "yes".equals(keyPartner));
        if (effectiveOn() != null) {
            body.put("effectiveOn", effectiveOn().toString());
        }
        return body;
    }

    long expectedVersion() {
        return Long.parseLong(version);
    }

    /** A service's refusal next to the field it names ({@code sectors[0]} with the sectors). */
    static Map<String, String> refusal(ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(field(e.field()), e.message()));
        if (errors.isEmpty()) {
            errors.put(problem.status() == 412 ? "version" : "name", problem.status() == 412
                    ? "Someone changed this partner since you opened the form: go back to see their change, then make yours"
                    : problem.words());
        }
        return errors;
    }

    private static String field(String apiField) {
        String base = apiField.replaceAll("\\[.*", "");
        return switch (base) {
            case "name", "type", "sectors", "themes", "district", "keyPartner", "effectiveOn" -> base;
            default -> "name";
        };
    }

    private LocalDate effectiveOn() {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(MultiValueMap<String, String> data, String name) {
        String value = data.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
