package org.lis.engagement.partner.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerNamesTest {

    @Test
    void caseAndRunsOfSpacesAreIgnored() {
        assertThat(PartnerNames.normalise("  Brunel\tUniversity  LONDON ")).isEqualTo("brunel university london");
    }

    @Test
    void aNoBreakSpacePastedFromALetterIsSpacingToo() {
        assertThat(PartnerNames.normalise("Royal\u00A0Holloway\u2009Lab\u3000")).isEqualTo("royal holloway lab");
    }

    @Test
    void anAccentTypedAsASeparateMarkIsTheSameLetter() {
        assertThat(PartnerNames.normalise("Cafe\u0301 Sci\u00E9nce")).isEqualTo(PartnerNames.normalise("Café Sciénce"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(PartnerNames.normalise("Silverstone Park")).isNotEqualTo(PartnerNames.normalise("Silverstone Parks"));
    }
}
