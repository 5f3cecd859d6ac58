package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.common.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The tally readiness reads, kept by adding and taking away standings as partners change. */
class StandingTallyTest {

    private static final PartnerStanding KEY_ENGAGED = standing("p-1", "Alpha", true, EngagementLevel.ENGAGED,
            List.of("CLEAN_GROWTH"), Set.of("h-1"), Set.of());
    private static final PartnerStanding KEY_INVITED = standing("p-2", "Beta", true, EngagementLevel.INVITED,
            List.of("MOBILITY"), Set.of(), Set.of());
    /** Not engaged, so not counted under its classified theme, but engaged on another through a record. */
    private static final PartnerStanding THROUGH_A_RECORD = standing("p-3", "Gamma", false, EngagementLevel.ACCEPTED,
            List.of("MOBILITY"), Set.of("h-1", "h-2"), Set.of("AI_AND_DATA", "not a theme"));

    @Test
    void countsKeyPartnersThemesAndFeedbackAsReadinessAsksThem() {
        StandingTally tally = StandingTally.of(List.of(THROUGH_A_RECORD, KEY_INVITED, KEY_ENGAGED));

        assertThat(tally.keyPartners()).isEqualTo(2);
        assertThat(tally.keyPartnersNotEngaged()).containsExactly("Beta");
        assertThat(tally.engagedOn(Theme.CLEAN_GROWTH)).isEqualTo(1);
        assertThat(tally.engagedOn(Theme.MOBILITY)).isZero();
        assertThat(tally.engagedOn(Theme.AI_AND_DATA)).isEqualTo(1);
        assertThat(tally.fedBack("h-1")).isEqualTo(2);
        assertThat(tally.fedBack("h-2")).isEqualTo(1);
        for (Theme theme : Theme.values()) {
            assertThat(tally.engagedOn(theme)).as(theme.name()).isEqualTo(List.of(THROUGH_A_RECORD, KEY_INVITED,
                    KEY_ENGAGED).stream().filter(s -> s.engagedOn(theme.name())).count());
        }
    }

    @Test
    void aPartnerChangedIsTakenAwayAndAddedAgainAndACopyStaysAsItWas() {
        StandingTally tally = StandingTally.of(List.of(KEY_ENGAGED, KEY_INVITED));
        StandingTally before = tally.copy();

        tally.remove(KEY_INVITED);
        tally.add(standing("p-2", "Beta", true, EngagementLevel.CONTRIBUTED, List.of("MOBILITY"), Set.of("h-1"),
                Set.of()));
        tally.remove(KEY_ENGAGED);

        assertThat(tally.keyPartners()).isEqualTo(1);
        assertThat(tally.keyPartnersNotEngaged()).isEmpty();
        assertThat(tally.engagedOn(Theme.MOBILITY)).isEqualTo(1);
        assertThat(tally.engagedOn(Theme.CLEAN_GROWTH)).isZero();
        assertThat(tally.fedBack("h-1")).isEqualTo(1);
        assertThat(before.keyPartnersNotEngaged()).containsExactly("Beta");
        assertThat(before.engagedOn(Theme.CLEAN_GROWTH)).isEqualTo(1);
    }

    private static PartnerStanding standing(String id, String name, boolean key, EngagementLevel level,
                                            List<String> themes, Set<String> fedBack, Set<String> engagedThemes) {
        PartnerVersion version = new PartnerVersion(id, true, name, "BUSINESS", List.of(), themes, "Wycombe", key,
                LocalDate.of(2018, 1, 1), Instant.parse("2018-01-01T00:00:00Z"));
        return new PartnerStanding(version, level, 0, 0, fedBack.size(), 0, null, null, Set.of(), fedBack,
                engagedThemes);
    }
}
