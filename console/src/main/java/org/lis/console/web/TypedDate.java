package org.lis.console.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** A date typed in one field as people write it ("5 10 2018", "5/10/2018", "5 October 2018") or as the API does. */
public final class TypedDate {

    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d M uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    private TypedDate() {
    }

    /** The date, or null when the text is not a real date in any of those ways. */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(typed.strip().replaceAll("\\s+", " "), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    /** As the form shows it back: "5 10 2018". */
    public static String typed(Object isoDate) {
        if (isoDate == null || isoDate.toString().isBlank()) {
            return "";
        }
        LocalDate date = LocalDate.parse(isoDate.toString());
        return date.getDayOfMonth() + " " + date.getMonthValue() + " " + date.getYear();
    }
}
