package org.lis.console.workshop;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is answered beside its field before anything is sent to the service. */
class FeedbackFormTest {

    private static final Room ROOM = new Room(Map.of("id", "w1"), List.of(Map.of("id", "p1", "name", "Silverstone Park")),
            List.of(), Instant.parse("2018-10-03T09:00:00Z"));

    @Test
    void aCompleteFormHasNoErrors() {
        FeedbackForm form = FeedbackForm.of(data("partnerId", "p1", "stance", "CONDITIONAL", "confidence", "5",
                "comment", " If the rail link comes "));
        assertThat(form.errors(ROOM)).isEmpty();
        assertThat(form.confidenceValue()).isEqualTo(5);
    }

    @Test
    void eachMissingOrWrongFieldIsNamedInTheFormsOrder() {
        assertThat(FeedbackForm.of(data("confidence", "0", "stance", "MAYBE")).errors(ROOM))
                .containsOnlyKeys("partnerId", "stance", "confidence");
        assertThat(FeedbackForm.of(data("partnerId", "p-unknown", "stance", "SUPPORT", "confidence", "3"))
                .errors(ROOM)).containsEntry("partnerId", "Choose a partner from the register");
        assertThat(FeedbackForm.of(data("partnerId", "p1", "stance", "SUPPORT", "confidence", "3", "comment",
                "x".repeat(5001))).errors(ROOM)).containsOnlyKeys("comment");
        assertThat(FeedbackForm.of(data("partnerId", "p1", "stance", "SUPPORT", "confidence", "3.5")).errors(ROOM))
                .containsOnlyKeys("confidence");
    }

    @Test
    void aCorrectionNeedsItsReason() {
        assertThat(CorrectionForm.of(data("stance", "OPPOSE", "confidence", "2", "reason", "   ")).errors())
                .containsExactly(Map.entry("reason", "Enter why the feedback is corrected"));
        assertThat(CorrectionForm.of(data("stance", "OPPOSE", "confidence", "2", "reason", "Misheard")).errors())
                .isEmpty();
        assertThat(CorrectionForm.from(Map.of("stance", "NEUTRAL", "confidence", 3))).isEqualTo(
                new CorrectionForm("NEUTRAL", "3", "", ""));
    }

    private static MultiValueMap<String, String> data(String... namesAndValues) {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return data;
    }
}
