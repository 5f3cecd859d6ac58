package org.lis.support.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

class StorageSerializerTest {

    enum Level { LOW, HIGH }

    record Sample(String id, LocalDate effectiveOn, Instant recordedAt, Level level, List<String> tags) {
    }

    private final Serializer serializer = new AxonSerializationAutoConfiguration().serializer();

    @Test
    void canRoundTripRecordsWithIsoDates() {
        Sample sample = new Sample("s-1", LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T10:15:30.123Z"),
                Level.HIGH, List.of("a", "b"));
        SerializedObject<String> json = serializer.serialize(sample, String.class);
        assertThat(json.getData())
                .contains("\"effectiveOn\":\"2026-03-01\"")
                .contains("\"recordedAt\":\"2026-03-01T10:15:30.123Z\"")
                .contains("\"level\":\"HIGH\"");
        Sample back = serializer.deserialize(json);
        assertThat(back).isEqualTo(sample);
    }

    @Test
    void canReadAnEventWithAFieldItDoesNotKnow() {
        SerializedObject<String> json = serializer.serialize(
                new Sample("s-2", null, null, Level.LOW, List.of()), String.class);
        String withExtra = json.getData().replaceFirst("\\{", "{\"addedLater\":1,");
        Sample back = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                withExtra, String.class, json.getType()));
        assertThat(back.id()).isEqualTo("s-2");
    }

    /** Aggregate-like state: private fields, no getters, a derived method that must not be stored. */
    static class Holder {
        private String id;
        private Map<String, Sample> samples = new HashMap<>();

        boolean isEmpty() {
            return samples.isEmpty();
        }
    }

    @Test
    void canSnapshotPrivateFieldsWithoutTheirDerivedGetters() {
        Serializer snapshots = AxonSerializationAutoConfiguration.snapshotSerializer();
        Holder holder = new Holder();
        holder.id = "h-1";
        holder.samples.put("a", new Sample("s-3", LocalDate.of(2018, 9, 1), null, Level.LOW, List.of("x")));

        SerializedObject<String> json = snapshots.serialize(holder, String.class);
        Holder back = snapshots.deserialize(json);

        assertThat(json.getData()).doesNotContain("empty");
        assertThat(back.id).isEqualTo("h-1");
        assertThat(back.samples).isEqualTo(holder.samples);
    }
}
