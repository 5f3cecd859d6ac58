package org.lis.engagement.partner.query;

import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each of the list's filters, matched and not. */
class PartnerFilterTest {

    private static final PartnerSummary SPACE = new PartnerSummary("p-1", "Westcott Space Cluster",
            PartnerType.BUSINESS, List.of("space", "satellites"), List.of(Theme.MOBILITY), "Aylesbury Vale", true,
            LocalDate.of(2018, 5, 1), 3);

    @Test
    void noFilterMatchesEveryone() {
        assertThat(new PartnerFilter(null, null, null, null, null, null).matches(SPACE)).isTrue();
        assertThat(new PartnerFilter(null, " ", null, "", null, "  ").matches(SPACE)).isTrue();
    }

    @Test
    void eachFilterMatchesItsField() {
        assertThat(matches(new PartnerFilter(PartnerType.BUSINESS, null, null, null, null, null))).isTrue();
        assertThat(matches(new PartnerFilter(PartnerType.UNIVERSITY, null, null, null, null, null))).isFalse();
        assertThat(matches(new PartnerFilter(null, " Satellites ", null, null, null, null))).isTrue();
        assertThat(matches(new PartnerFilter(null, "sat", null, null, null, null))).isFalse();
        assertThat(matches(new PartnerFilter(null, null, Theme.MOBILITY, null, null, null))).isTrue();
        assertThat(matches(new PartnerFilter(null, null, Theme.CLEAN_GROWTH, null, null, null))).isFalse();
        assertThat(matches(new PartnerFilter(null, null, null, "aylesbury vale ", null, null))).isTrue();
        assertThat(matches(new PartnerFilter(null, null, null, "Aylesbury", null, null))).isFalse();
        assertThat(matches(new PartnerFilter(null, null, null, null, true, null))).isTrue();
        assertThat(matches(new PartnerFilter(null, null, null, null, false, null))).isFalse();
        assertThat(matches(new PartnerFilter(null, null, null, null, null, "SPACE clu"))).isTrue();
        assertThat(matches(new PartnerFilter(null, null, null, null, null, "Harwell"))).isFalse();
    }

    @Test
    void aPartnerWithoutDistrictMatchesNoDistrict() {
        PartnerSummary nowhere = new PartnerSummary("p-2", "Nowhere Ltd", PartnerType.BUSINESS, List.of(), List.of(),
                null, false, LocalDate.of(2018, 5, 1), 0);

        assertThat(new PartnerFilter(null, null, null, "Wycombe", null, null).matches(nowhere)).isFalse();
    }

    @Test
    void allFiltersMustMatch() {
        assertThat(matches(new PartnerFilter(PartnerType.BUSINESS, "space", Theme.MOBILITY, "Aylesbury Vale", true,
                "westcott"))).isTrue();
        assertThat(matches(new PartnerFilter(PartnerType.BUSINESS, "space", Theme.MOBILITY, "Aylesbury Vale", false,
                "westcott"))).isFalse();
    }

    private static boolean matches(PartnerFilter filter) {
        return filter.matches(SPACE);
    }
}
