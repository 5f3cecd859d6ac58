package org.lis.console.activity;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ActivityFormTest {

    @Test
    void aRoundTableWithTwoPartnersIsSentAsTheApiTakesIt() {
        ActivityForm form = ActivityForm.of(data("ROUND_TABLE", "30", "4", "2018", " Round table with civil servants ",
                "prog-1", List.of("p-uni", "p-beis")));

        assertThat(form.errors(false)).isEmpty();
        assertThat(form.recordBody()).containsExactly(entry("kind", "ROUND_TABLE"), entry("occurredOn", "2018-04-30"),
                entry("summary", "Round table with civil servants"), entry("themes", List.of("AI_AND_DATA")),
                entry("partnerIds", List.of("p-uni", "p-beis")), entry("programmeId", "prog-1"));
    }

    @Test
    void noProgrammeChosenIsLeftOutForTheActivityToCountForEveryProgramme() {
        ActivityForm form = ActivityForm.of(data("MEETING", "1", "5", "2018", "Meeting", "", List.of("p-uni")));

        assertThat(form.recordBody()).doesNotContainKey("programmeId");
    }

    @Test
    void whatIsMissingOrUnreadableIsSaidByItsField() {
        ActivityForm form = ActivityForm.of(data("", "31", "2", "2018", " ", "", List.of()));

        assertThat(form.errors(false)).containsOnlyKeys("kind", "occurredOn", "summary", "partnerIds")
                .containsEntry("partnerIds", "Choose the partners that took part")
                .containsEntry("occurredOn", "The date it took place must be a real date, for example 30 4 2018");
        assertThat(ActivityForm.of(data("CALL", "", "", "", "Call", "", List.of("p-uni"))).errors(false))
                .containsOnly(entry("occurredOn", "Enter the date it took place, for example 30 4 2018"));
    }

    @Test
    void aDateStillToComeIsRefusedBeforeTheServiceIsAsked() {
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        ActivityForm form = ActivityForm.of(data("CALL", String.valueOf(tomorrow.getDayOfMonth()),
                String.valueOf(tomorrow.getMonthValue()), String.valueOf(tomorrow.getYear()), "Call", "", List.of("p")));

        assertThat(form.errors(false)).containsOnlyKeys("occurredOn");
    }

    @Test
    void aCorrectionStartsFromTheActivityAsItStandsAndNeedsAReason() {
        ActivityForm form = ActivityForm.from(Map.of("id", "a-1", "kind", "ROUND_TABLE", "occurredOn", "2018-04-30",
                "summary", "Round table", "programmeId", "prog-1", "themes", List.of("MOBILITY"),
                "partners", List.of(Map.of("partnerId", "p-uni", "name", "University"),
                        Map.of("partnerId", "p-beis", "name", "BEIS"))));

        assertThat(form.day() + " " + form.month() + " " + form.year()).isEqualTo("30 4 2018");
        assertThat(form.partnerIds()).containsExactly("p-uni", "p-beis");
        assertThat(form.errors(true)).containsOnly(entry("reason", "Say why the activity is corrected"));
        assertThat(form.errors(false)).isEmpty();
    }

    @Test
    void aCorrectionSendsEverythingItHoldsWithTheReasonButNeverTheProgramme() {
        MultiValueMap<String, String> data = data("MEETING", "15", "5", "2018", "Meeting", "prog-1", List.of("p-uni"));
        data.add("reason", "It was a meeting on 15 May, not a round table");

        assertThat(ActivityForm.of(data).correctionBody()).doesNotContainKey("programmeId")
                .containsEntry("occurredOn", "2018-05-15").containsEntry("partnerIds", List.of("p-uni"))
                .containsEntry("reason", "It was a meeting on 15 May, not a round table");
    }

    private static MultiValueMap<String, String> data(String kind, String day, String month, String year,
                                                      String summary, String programmeId, List<String> partners) {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("kind", kind);
        data.add("occurredOn-day", day);
        data.add("occurredOn-month", month);
        data.add("occurredOn-year", year);
        data.add("summary", summary);
        data.add("programmeId", programmeId);
        data.add("themes", "AI_AND_DATA");
        partners.forEach(p -> data.add("partnerIds", p));
        return data;
    }
}
