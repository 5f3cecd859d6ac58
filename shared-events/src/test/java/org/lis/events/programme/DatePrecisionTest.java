package org.lis.events.programme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatePrecisionTest {

    @Test
    void aWeekCommencingCoversSevenDays() {
        assertThat(DatePrecision.WEEK.firstDay(LocalDate.of(2018, 9, 24))).isEqualTo(LocalDate.of(2018, 9, 24));
        assertThat(DatePrecision.WEEK.lastDay(LocalDate.of(2018, 9, 24))).isEqualTo(LocalDate.of(2018, 9, 30));
    }

    @Test
    void aMonthCoversItsFirstToItsLastDayWhicheverDayStandsForIt() {
        assertThat(DatePrecision.MONTH.firstDay(LocalDate.of(2018, 8, 15))).isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(DatePrecision.MONTH.lastDay(LocalDate.of(2018, 9, 1))).isEqualTo(LocalDate.of(2018, 9, 30));
        assertThat(DatePrecision.MONTH.lastDay(LocalDate.of(2019, 2, 10))).isEqualTo(LocalDate.of(2019, 2, 28));
    }

    @Test
    void aDayIsItselfAndNoPrecisionIsADay() {
        assertThat(DatePrecision.orDay(null)).isEqualTo(DatePrecision.DAY);
        assertThat(DatePrecision.DAY.lastDay(LocalDate.of(2018, 7, 16))).isEqualTo(LocalDate.of(2018, 7, 16));
    }

    @Test
    void aPhaseGivenInMonthsRunsFromTheFirstOfItsFirstToTheEndOfItsLast() {
        Phase phase = new Phase("P2", "Engagement", LocalDate.of(2018, 8, 10), LocalDate.of(2018, 9, 10), null,
                DatePrecision.MONTH, DatePrecision.MONTH);

        assertThat(phase.firstDay()).isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(phase.lastDay()).isEqualTo(LocalDate.of(2018, 9, 30));
    }

    @Test
    void aMilestoneKeepsItsIdWhenItsNameIsRetypedWithOtherCaseOrSpacing() {
        assertThat(Milestone.idFor("prog", "Draft LIS vision"))
                .isEqualTo(Milestone.idFor("prog", " draft  LIS Vision "))
                .isNotEqualTo(Milestone.idFor("other", "Draft LIS vision"));
    }
}
