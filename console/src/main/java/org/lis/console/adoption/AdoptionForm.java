package org.lis.console.adoption;

import org.springframework.util.MultiValueMap;

import java.time.LocalDate;

/** What the board enters to adopt: the adoption date (day, month, year) and, when a check fails, why anyway. */
public record AdoptionForm(String day, String month, String year, String overrideReason) {

    static AdoptionForm today(LocalDate today) {
        return new AdoptionForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), "");
    }

    static AdoptionForm of(MultiValueMap<String, String> data) {
        return new AdoptionForm(data.getFirst("adoptedOn-day"), data.getFirst("adoptedOn-month"),
                data.getFirst("adoptedOn-year"), data.getFirst("overrideReason"));
    }

    /** The date as the API takes it, or null when it is not a real date. */
    String adoptedOn() {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
