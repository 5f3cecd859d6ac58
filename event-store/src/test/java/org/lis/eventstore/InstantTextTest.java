package org.lis.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantTextTest {

    @Test
    void readsWhatInstantAndAxonWriteAsAxonReadsIt() {
        Random random = new Random(20181005);
        long lowest = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long highest = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long second = lowest + (long) (random.nextDouble() * (highest - lowest));
            // whole seconds, milliseconds, microseconds and nanoseconds: the four widths toString writes
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nanos);
            assertThat(InstantText.parse(instant.toString())).isEqualTo(instant);
            // Axon writes milliseconds only
            String axons = DateTimeUtils.formatInstant(instant);
            assertThat(InstantText.parse(axons)).as(axons).isEqualTo(DateTimeUtils.parseInstant(axons));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-10-05T09:30:00.1Z", "2018-10-05T09:30:00.12345678Z", "2016-02-29T23:59:59.999999999Z",
            "+10000-01-01T00:00:00Z", "2018-10-05T10:30:00+01:00", "2018-10-05T09:30:00.000z", "2018-10-05T09:30:00.Z"})
    void readsOtherFormsAsAxonDoes(String text) {
        assertThat(InstantText.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-30T09:30:00Z", "2018-13-05T09:30:00Z", "2018-10-05T24:00:00Z",
            "2018-10-05T09:60:00Z", "2018-1O-05T09:30:00Z", "2018-10-05 09:30:00Z", ""})
    void refusesWhatAxonRefuses(String text) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> InstantText.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
