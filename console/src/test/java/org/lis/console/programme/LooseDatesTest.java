package org.lis.console.programme;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LooseDatesTest {

    private final LooseDates loose = new LooseDates();

    @Test
    void datesReadAsTheBoardPaperWritesThem() {
        assertThat(loose.when("2018-07-16", "DAY")).isEqualTo("16 July 2018");
        assertThat(loose.when("2018-07-16", null)).isEqualTo("16 July 2018");
        assertThat(loose.when("2018-09-24", "WEEK")).isEqualTo("w/c 24 September 2018");
        assertThat(loose.when("2018-09-14", "MONTH")).isEqualTo("September 2018");
    }

    @Test
    void phasesInMonthsShareTheirYear() {
        assertThat(loose.span("2018-08-01", "MONTH", "2018-09-01", "MONTH")).isEqualTo("August to September 2018");
        assertThat(loose.span("2018-10-01", "MONTH", "2019-01-31", "MONTH")).isEqualTo("October 2018 to January 2019");
        assertThat(loose.span("2018-06-01", "DAY", "2018-07-31", "DAY")).isEqualTo("1 June 2018 to 31 July 2018");
    }

    @Test
    void aWeekOrMonthLastsToItsLastDay() {
        assertThat(loose.lastDay("2018-09-24", "WEEK")).isEqualTo("2018-09-30");
        assertThat(loose.lastDay("2018-09-10", "MONTH")).isEqualTo("2018-09-30");
        assertThat(loose.firstDay("2018-08-10", "MONTH")).isEqualTo("2018-08-01");
    }
}
