package org.lis.support.axon;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class KnownSnapshotTypesTest {

    private final KnownSnapshotTypes filter = new KnownSnapshotTypes(AxonSerializationAutoConfiguration.snapshotSerializer());

    @Test
    void aSnapshotOfAnExistingClassIsUsed() {
        assertThat(filter.allow(snapshotOf(Counter.class.getName()))).isTrue();
    }

    @Test
    void aSnapshotOfAClassThatWasRenamedIsSkipped() {
        assertThat(filter.allow(snapshotOf("org.lis.workshop.workshop.command.Workshop"))).isFalse();
    }

    private static GenericDomainEventEntry<String> snapshotOf(String type) {
        return new GenericDomainEventEntry<>("Counter", "c-1", 7, "e-1", Instant.parse("2026-01-01T00:00:00Z"),
                type, null, "{\"count\":3}", "{}");
    }

    record Counter(int count) {
    }
}
