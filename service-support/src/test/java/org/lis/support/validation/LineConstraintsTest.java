package org.lis.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineConstraintsTest {

    record Note(@SingleLine String title, @MultiLine String text, List<@SingleLine String> tags) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void canHaveLinesInMultiLineTextOnly() {
        assertThat(invalid(new Note("Title", "First\n\tSecond\r\n", List.of("tag")))).isEmpty();
        assertThat(invalid(new Note(null, null, null))).isEmpty();
    }

    @Test
    void cannotHaveControlCharactersInAnyText() {
        assertThat(invalid(new Note("Two\nlines", "Bell\u0007", List.of("ok", "e\u001bscape"))))
                .containsExactlyInAnyOrder("title", "text", "tags[1].<list element>");
    }

    private Set<String> invalid(Note note) {
        return validator.validate(note).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }
}
