package org.lis.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lis.support.error.DomainException;

class IfMatchTest {

    @Test
    void canReadTheEtagsThisApiHandsOut() {
        assertThat(IfMatch.version("\"3\"")).isEqualTo(3L);
        assertThat(IfMatch.version("W/\"0\"")).isEqualTo(0L);
        assertThat(IfMatch.version(" 12 ")).isEqualTo(12L);
    }

    @Test
    void canGoWithoutIfMatch() {
        assertThat(IfMatch.version(null)).isNull();
        assertThat(IfMatch.version("")).isNull();
        assertThat(IfMatch.version("*")).isNull();
    }

    @Test
    void cannotReadAnythingElse() {
        for (String header : new String[] {"\"abc\"", "\"-1\"", "\"1\", \"2\"", "\""}) {
            assertThatThrownBy(() -> IfMatch.version(header))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("If-Match"));
        }
    }
}
