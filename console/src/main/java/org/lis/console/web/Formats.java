package org.lis.console.web;

import org.lis.events.common.Theme;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates, numbers and codes written as people write them, for the templates ({@code @fmt}): "5 October 2018"
 * in Europe/London, "3 partners", "45%", "Local authority"; and the options of the forms' radios, value to words
 * in the order offered.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> PARTNER_TYPES = List.of("BUSINESS", "UNIVERSITY", "RESEARCH_ORGANISATION",
            "LOCAL_AUTHORITY", "CENTRAL_GOVERNMENT", "LEP", "INDUSTRY_BODY", "VOLUNTARY_SECTOR", "OTHER");
    private static final Pattern THEME_CODE = Pattern.compile("\\b(" + Arrays.stream(Theme.values()).map(Enum::name)
            .collect(Collectors.joining("|")) + ")\\b");
    private static final Map<String, String> YES_NO = options("yes", "Yes", "no", "No");
    private static final Map<String, String> PRECISIONS = options("DAY", "A day", "WEEK", "A week commencing",
            "MONTH", "A month");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** An ISO date, or the date of an ISO instant in London; empty for none. */
    public String date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        String text = value.toString();
        LocalDate date = text.length() > 10 ? Instant.parse(text).atZone(LONDON).toLocalDate() : LocalDate.parse(text);
        return DATE.format(date);
    }

    /** An ISO instant as "5 October 2018 at 10:04am" in London. */
    public String dateTime(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        var time = Instant.parse(value.toString()).atZone(LONDON);
        return DATE.format(time) + " at " + TIME.format(time).toLowerCase(Locale.UK);
    }

    /** An ISO instant's time of day as "1:00pm" in London. */
    public String time(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        return TIME.format(Instant.parse(value.toString()).atZone(LONDON)).toLowerCase(Locale.UK);
    }

    /** A ratio from 0 to 1 as a whole percentage. */
    public String percent(Object ratio) {
        return Math.round(number(ratio) * 100) + "%";
    }

    /** Whole percentage, for a bar's width. */
    public long percentValue(Object ratio) {
        return Math.round(number(ratio) * 100);
    }

    /** "1 partner", "3 partners". */
    public String count(Object n, String unit) {
        long value = Math.round(number(n));
        return value + " " + (value == 1 ? unit : unit + "s");
    }

    /** LOCAL_AUTHORITY as "Local authority", creative-industries as "Creative industries", keyPartnersEngaged too. */
    public String label(Object code) {
        if (code == null) {
            return "";
        }
        String words = code.toString().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        if (words.equals("lep")) {
            return "LEP";
        }
        words = words.replaceAll("\\bai\\b", "AI");
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A service's sentence with the theme codes in it as words: "AGEING_SOCIETY (0)" as "Ageing society (0)". */
    public String sentence(String text) {
        return text == null ? "" : THEME_CODE.matcher(text).replaceAll(theme -> label(theme.group()));
    }

    /** The kinds of partner organisation, as the API names them. */
    public List<String> partnerTypes() {
        return PARTNER_TYPES;
    }

    /** The Grand Challenge themes, as the API names them. */
    public List<String> themes() {
        return Arrays.stream(Theme.values()).map(Enum::name).toList();
    }

    /** A choice's options: each code, in order, with its words ("LOCAL_AUTHORITY" with "Local authority"). */
    public Map<String, String> labels(List<String> codes) {
        Map<String, String> options = new LinkedHashMap<>();
        codes.forEach(code -> options.put(code, label(code)));
        return options;
    }

    /** A programme's phases as options: each code with "Evidence (1 April 2018 to 30 June 2018)". */
    public Map<String, String> phases(List<Map<String, Object>> phases) {
        Map<String, String> options = new LinkedHashMap<>();
        if (phases != null) {
            phases.forEach(phase -> options.put(String.valueOf(phase.get("code")), phase.get("name") + " ("
                    + date(phase.get("startsOn")) + " to " + date(phase.get("endsOn")) + ")"));
        }
        return options;
    }

    /** Yes, then no, as a yes/no question's options. */
    public Map<String, String> yesNo() {
        return YES_NO;
    }

    /** How precisely a loose date is given, in the order forms offer it. */
    public Map<String, String> precisions() {
        return PRECISIONS;
    }

    /** A readiness check's name in the board's words. */
    public String check(String name) {
        return switch (name == null ? "" : name) {
            case "keyPartnersEngaged" -> "Key partners engaged";
            case "minEngagedPerTheme" -> "Engaged partners in every theme";
            case "minFeedbackPerHypothesis" -> "Feedback on every hypothesis";
            default -> label(name);
        };
    }

    public String today() {
        return LocalDate.now(LONDON).toString();
    }

    private static Map<String, String> options(String... valuesAndLabels) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            options.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(options);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : value == null ? 0 : Double.parseDouble(value.toString());
    }
}
