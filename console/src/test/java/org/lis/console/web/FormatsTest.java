package org.lis.console.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates, numbers and codes as the board reads them. */
class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void datesAsPeopleWriteThemInLondon() {
        assertThat(fmt.date("2018-10-05")).isEqualTo("5 October 2018");
        // 23:30 UTC on 5 October is already the 6th in London's summer time
        assertThat(fmt.date("2018-10-05T23:30:00Z")).isEqualTo("6 October 2018");
        assertThat(fmt.dateTime("2018-10-05T09:04:00Z")).isEqualTo("5 October 2018 at 10:04am");
        assertThat(fmt.date(null)).isEmpty();
    }

    @Test
    void numbersWithTheirUnitAndRatiosAsPercentages() {
        assertThat(fmt.count(1, "partner")).isEqualTo("1 partner");
        assertThat(fmt.count(3, "partner")).isEqualTo("3 partners");
        assertThat(fmt.percent(0.6667)).isEqualTo("67%");
        assertThat(fmt.percentValue(0.5)).isEqualTo(50);
    }

    @Test
    void codesInWords() {
        assertThat(fmt.label("LOCAL_AUTHORITY")).isEqualTo("Local authority");
        assertThat(fmt.label("creative-industries")).isEqualTo("Creative industries");
        assertThat(fmt.label("LEP")).isEqualTo("LEP");
        assertThat(fmt.label("AI_AND_DATA")).isEqualTo("AI and data");
        assertThat(fmt.check("minEngagedPerTheme")).isEqualTo("Engaged partners in every theme");
        assertThat(fmt.check("somethingNew")).isEqualTo("Something new");
    }

    @Test
    void writesTheThemeCodesInAServicesSentenceAsWords() {
        assertThat(fmt.sentence("2 of 4 themes below 1 engaged partner: AGEING_SOCIETY (0), AI_AND_DATA (0)"))
                .isEqualTo("2 of 4 themes below 1 engaged partner: Ageing society (0), AI and data (0)");
        assertThat(fmt.sentence("All 3 key partners engaged")).isEqualTo("All 3 key partners engaged");
        assertThat(fmt.sentence(null)).isEmpty();
    }

    @Test
    void optionsKeepTheOrderTheyAreOfferedIn() {
        assertThat(fmt.labels(List.of("PUBLIC_TASK", "CONSENT")))
                .containsExactly(Map.entry("PUBLIC_TASK", "Public task"), Map.entry("CONSENT", "Consent"));
        assertThat(fmt.phases(List.of(Map.of("code", "P1", "name", "Evidence", "startsOn", "2018-04-01",
                "endsOn", "2018-06-30")))).containsExactly(Map.entry("P1", "Evidence (1 April 2018 to 30 June 2018)"));
        assertThat(fmt.phases(null)).isEmpty();
        assertThat(fmt.yesNo()).containsExactly(Map.entry("yes", "Yes"), Map.entry("no", "No"));
        assertThat(fmt.precisions().keySet()).containsExactly("DAY", "WEEK", "MONTH");
    }
}
