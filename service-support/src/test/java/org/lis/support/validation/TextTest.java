package org.lis.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aSingleLineHasNoControlCharacterNorLineSeparator() {
        assertThat(Text.isSingleLine(null)).isTrue();
        assertThat(Text.isSingleLine("Université de Paris – R&D, 3rd floor")).isTrue();
        for (String bad : new String[] {"a\u0000b", "a\u0007b", "a\u001b[31m", "a\tb", "a\nb", "a\rb", "a\u007fb",
            "a\u0085b", "a\u2028b", "a\u2029b"}) {
            assertThat(Text.isSingleLine(bad)).as(bad).isFalse();
        }
    }

    @Test
    void multiLineTextMayHaveTabsAndLineBreaksOnly() {
        assertThat(Text.isMultiLine("First line,\r\n\tthen the second\u2028and a third")).isTrue();
        for (String bad : new String[] {"a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\u000bb"}) {
            assertThat(Text.isMultiLine(bad)).as(bad).isFalse();
        }
    }
}
