package org.lis.console.activity;

import org.lis.console.client.ServiceProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engagement service's refusal of an activity, a correction or a withdrawal, in words for the form: next to
 * the field it names, partners by name rather than id, and the rules it states by code said as an officer would.
 */
final class ActivityRefusal {

    private static final List<String> FIELDS = List.of("kind", "occurredOn", "summary", "programmeId", "themes",
            "partnerIds", "reason");
    private static final Map<String, String> WORDS = Map.of(
            "ACTIVITY_WITHDRAWN", "This activity has been withdrawn: it can be neither corrected nor withdrawn again",
            "CORRECTION_CHANGES_NOTHING", "The correction changes nothing: change what was recorded wrongly",
            "ACTIVITY_PREDATES_CORRECTIONS", "This activity was recorded before corrections existed: record it "
                    + "again with everyone present, then it can be corrected");
    private static final String CHANGED = "Someone else changed this activity after you opened this page: "
            + "go back to the partner's page to see it as it is now";

    private ActivityRefusal() {
    }

    /** A refusal the form shows: 400, 404 naming a field of the form, 409, 412 or 422; anything else is not. */
    static boolean shown(ServiceProblem problem) {
        return List.of(400, 409, 412, 422).contains(problem.status())
                || problem.status() == 404 && problem.errors().stream().anyMatch(e -> FIELDS.contains(e.field()));
    }

    /** The messages by field; what names no field of the form goes by {@code fallback}. */
    static Map<String, String> errors(ServiceProblem problem, String fallback, Map<String, String> names) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem.status() == 412) {
            errors.put(fallback, CHANGED);
            return errors;
        }
        if (problem.code() != null && WORDS.containsKey(problem.code())) {
            errors.put(fallback, WORDS.get(problem.code()));
            return errors;
        }
        problem.errors().forEach(e -> errors.putIfAbsent(FIELDS.contains(e.field()) ? e.field() : fallback,
                sentence(e.field(), named(String.valueOf(e.message()), names))));
        if (errors.isEmpty()) {
            errors.put(fallback, named(problem.words(), names));
        }
        return errors;
    }

    /** The service's message without the field name it starts with ("occurredOn: 2030-01-01 is in the future"). */
    private static String sentence(String field, String message) {
        String text = message != null && field != null && message.startsWith(field + ": ")
                ? message.substring(field.length() + 2) : String.valueOf(message);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The service names partners by id: the officer reads their names. */
    private static String named(String text, Map<String, String> names) {
        String named = text;
        for (Map.Entry<String, String> name : names.entrySet()) {
            named = named.replace(name.getKey(), name.getValue());
        }
        return named;
    }
}
