package org.lis.console.coverage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The as-of question from a quick pick, the date input or the advanced recorded-by field. */
class AsOfFormTest {

    @Test
    void theDateInputWinsOverAQuickPick() {
        AsOfForm form = AsOfForm.read("2018-10-31", "5", "10", "2018", null);
        assertThat(form.asOf().date()).isEqualTo("2018-10-05");
        assertThat(form.error()).isNull();
    }

    @Test
    void aQuickPickFillsTheDateInput() {
        AsOfForm form = AsOfForm.read("2018-10-31", null, "", null, null);
        assertThat(form.asOf().date()).isEqualTo("2018-10-31");
        assertThat(form.day()).isEqualTo("31");
        assertThat(form.month()).isEqualTo("10");
        assertThat(form.year()).isEqualTo("2018");
    }

    @Test
    void nothingGivenMeansToday() {
        assertThat(AsOfForm.read(null, null, null, null, null).today()).isTrue();
    }

    @Test
    void aDateThatIsNotRealIsRefusedInWordsAndTodayShown() {
        AsOfForm form = AsOfForm.read(null, "31", "2", "2018", null);
        assertThat(form.error()).isEqualTo("The date must be a real date, for example 5 10 2018");
        assertThat(form.today()).isTrue();
    }

    @Test
    void recordedByIsLondonTime() {
        assertThat(AsOfForm.read(null, null, null, null, "2018-10-05T17:00").asOf().recordedBy())
                .isEqualTo("2018-10-05T16:00:00Z");
        assertThat(AsOfForm.read(null, null, null, null, "2018-12-05T17:00:00Z").asOf().recordedBy())
                .isEqualTo("2018-12-05T17:00:00Z");
        assertThat(AsOfForm.read(null, null, null, null, "teatime").error()).contains("recorded-by");
    }
}
