package org.lis.console.programme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Phases and milestones placed along the programme, with today marked only inside it. */
class TimelineTest {

    private static final Map<String, Object> PROGRAMME = Map.of("adoptionTargetDate", "2018-12-31", "phases", List.of(
            Map.of("code", "P1", "name", "Evidence", "startsOn", "2018-01-01", "endsOn", "2018-06-30",
                    "milestones", List.of(Map.of("name", "Evidence base", "dueOn", "2018-06-30"))),
            Map.of("code", "P2", "name", "Drafting", "startsOn", "2018-07-01", "endsOn", "2018-12-31",
                    "milestones", List.of())));

    @Test
    void positionsArePercentagesOfTheWholeProgramme() {
        // 364 days: 1 July is day 181, 30 June day 180, 1 October day 273
        Timeline timeline = Timeline.of(PROGRAMME, LocalDate.parse("2018-10-01"));

        assertThat(timeline.start()).isEqualTo("2018-01-01");
        assertThat(timeline.end()).isEqualTo("2018-12-31");
        assertThat(timeline.phases()).extracting(Timeline.Bar::left).containsExactly(0.0, 49.7);
        assertThat(timeline.milestones()).singleElement().satisfies(m -> {
            assertThat(m.left()).isEqualTo(49.5);
            assertThat(m.past()).isTrue();
        });
        assertThat(timeline.today().left()).isEqualTo(75.0);
    }

    @Test
    void aPhaseGivenInMonthsRunsToTheEndOfItsLastMonth() {
        Map<String, Object> months = Map.of("adoptionTargetDate", "2018-09-30", "phases", List.of(
                Map.of("code", "P2", "name", "Engagement", "startsOn", "2018-08-10", "startsOnPrecision", "MONTH",
                        "endsOn", "2018-09-10", "endsOnPrecision", "MONTH", "milestones", List.of())));

        Timeline timeline = Timeline.of(months, LocalDate.parse("2018-09-15"));

        assertThat(timeline.start()).isEqualTo(LocalDate.parse("2018-08-01"));
        assertThat(timeline.phases().get(0).endsOn()).isEqualTo(LocalDate.parse("2018-09-30"));
        assertThat(timeline.phases().get(0).width()).isEqualTo(100.0);
    }

    @Test
    void todayOutsideTheProgrammeIsNotMarked() {
        assertThat(Timeline.of(PROGRAMME, LocalDate.parse("2019-02-01")).today()).isNull();
        assertThat(Timeline.of(PROGRAMME, LocalDate.parse("2017-12-01")).milestones().get(0).past()).isFalse();
    }
}
