package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BucketedValuesTest {

    private final BucketedValues<String, String> values = new BucketedValues<>();

    @Test
    void listsEveryValueOnceAndAPutReplacesTheValueOfItsKey() {
        IntStream.range(0, 1_000).forEach(i -> values.put("k" + i, "v" + i));
        values.put("k7", "seven");

        List<String> listed = values.values();

        assertThat(listed).hasSize(1_000).contains("seven").doesNotContain("v7")
                .containsAll(IntStream.range(8, 1_000).mapToObj(i -> "v" + i).toList());
    }

    @Test
    void aListTakenIsNotChangedByLaterPutsRemovalsOrClearing() {
        values.put("a", "alpha");
        values.put("b", "beta");
        List<String> before = values.values();

        values.put("a", "aleph");
        values.put("b", null);
        values.put("c", "gamma");
        List<String> after = values.values();
        values.clear();

        assertThat(before).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(after).containsExactlyInAnyOrder("aleph", "gamma");
        assertThat(values.values()).isEmpty();
    }

    @Test
    void removingAnAbsentKeyChangesNothingAndReturnsNothing() {
        values.put("a", "alpha");

        assertThat(values.put("z", null)).isNull();
        assertThat(values.put("a", null)).isEqualTo("alpha");
        assertThat(values.values()).isEmpty();
    }

    @Test
    void theListCannotBeChanged() {
        values.put("a", "alpha");

        assertThatThrownBy(() -> values.values().add("beta")).isInstanceOf(UnsupportedOperationException.class);
    }
}
