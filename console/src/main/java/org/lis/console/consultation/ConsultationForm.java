package org.lis.console.consultation;

import org.lis.console.web.TypedDate;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an officer enters to open a consultation window: title, subject, the two dates (three fields each), themes. */
public record ConsultationForm(String title, String subject, String opensDay, String opensMonth, String opensYear,
                               String closesDay, String closesMonth, String closesYear, List<String> themes) {

    static final String DATE_ERROR = "must be a real date, for example 5 10 2018";

    static ConsultationForm blank() {
        return new ConsultationForm("", "the draft Local Industrial Strategy", "", "", "", "", "", "", List.of());
    }

    static ConsultationForm of(MultiValueMap<String, String> data) {
        return new ConsultationForm(data.getFirst("title"), data.getFirst("subject"), data.getFirst("opensOn-day"),
                data.getFirst("opensOn-month"), data.getFirst("opensOn-year"), data.getFirst("closesOn-day"),
                data.getFirst("closesOn-month"), data.getFirst("closesOn-year"),
                data.getOrDefault("themes", List.of()));
    }

    /** The errors the console finds itself (dates it cannot read); the service checks everything else. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (date(opensDay, opensMonth, opensYear) == null) {
            errors.put("opensOn", "The opening date " + DATE_ERROR);
        }
        if (date(closesDay, closesMonth, closesYear) == null) {
            errors.put("closesOn", "The closing date " + DATE_ERROR);
        }
        return errors;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title == null ? "" : title.strip());
        body.put("subject", subject == null ? "" : subject.strip());
        body.put("opensOn", date(opensDay, opensMonth, opensYear));
        body.put("closesOn", date(closesDay, closesMonth, closesYear));
        body.put("themes", themes);
        return body;
    }

    /** The date as the API takes it, or null when it is not a real date. */
    static String date(String day, String month, String year) {
        LocalDate date = TypedDate.parse(String.join(" ", text(day), text(month), text(year)));
        return date == null ? null : date.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
