package org.lis.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;

class TimeParametersTest {

    @Test
    void canGiveAnInstantWithAnyOffset() {
        assertThat(TimeParameters.instant("recordedBy", "2018-10-05T18:00:00+01:00"))
                .isEqualTo(Instant.parse("2018-10-05T17:00:00Z"));
        assertThat(TimeParameters.from("from", " 2018-10-05T17:00:00Z ")).isEqualTo(Instant.parse("2018-10-05T17:00:00Z"));
    }

    @Test
    void canGiveADateMeaningThatWholeDayInUtc() {
        assertThat(TimeParameters.from("from", "2018-10-05")).isEqualTo(Instant.parse("2018-10-05T00:00:00Z"));
        assertThat(TimeParameters.to("to", "2018-10-05")).isEqualTo(Instant.parse("2018-10-06T00:00:00Z"));
    }

    @Test
    void canLeaveAParameterOut() {
        assertThat(TimeParameters.instant("recordedBy", null)).isNull();
        assertThat(TimeParameters.from("from", " ")).isNull();
        assertThat(TimeParameters.to("to", "")).isNull();
    }

    @Test
    void cannotGiveAMalformedOneWithoutBeingToldWhich() {
        assertThatThrownBy(() -> TimeParameters.to("to", "2018-02-30")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> TimeParameters.instant("recordedBy", "2018-10-05"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(InputError.INVALID_PARAMETER);
                    assertThat(e.field()).isEqualTo("recordedBy");
                });
        assertThatThrownBy(() -> TimeParameters.from("from", "yesterday")).isInstanceOf(DomainException.class);
    }
}
