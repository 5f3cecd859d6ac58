package org.lis.console.workshop;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopTimesTest {

    private final WorkshopTimes times = new WorkshopTimes();

    @Test
    void timesAreWrittenInLondon() {
        assertThat(times.time("2018-10-03T08:30:00Z")).isEqualTo("9:30am");
        assertThat(times.day("2018-10-03T23:30:00Z")).isEqualTo("Thursday 4 October 2018");
        assertThat(times.day(LocalDate.of(2018, 12, 3))).isEqualTo("Monday 3 December 2018");
        assertThat(times.span("2018-12-03T09:00:00Z", "2018-12-03T12:15:00Z")).isEqualTo("9:00am to 12:15pm");
        assertThat(times.span("2018-12-03T18:00:00Z", "2018-12-04T10:00:00Z"))
                .isEqualTo("6:00pm to Tuesday 4 December 2018 10:00am");
    }
}
