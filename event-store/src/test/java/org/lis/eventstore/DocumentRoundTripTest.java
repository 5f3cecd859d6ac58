package org.lis.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.Detail;
import org.lis.eventstore.TestEvents.ItemCounted;
import org.lis.eventstore.TestEvents.ItemCountedV1;
import org.lis.eventstore.TestEvents.RichEvent;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRoundTripTest {

    @Test
    void payloadMetadataAndTimestampComeBackExactlyAsStored() {
        String databaseName = EmbeddedMongo.freshDatabaseName("round-trip");
        MongoEventStorageEngine engine = TestStore.newEngine(databaseName);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("count", 3);
        extra.put("total", 3_000_000_000L);
        extra.put("nested", Map.of("values", List.of(1, 2, 3), "name", "café ✓"));
        RichEvent payload = new RichEvent(7, Long.MAX_VALUE, 5L, 2.0, "quote \" and \\ backslash",
                                          new Detail("heavy", 4_000_000_000L, List.of(1, 2)),
                                          List.of(new Detail("a", 1L, List.of()), new Detail("b", -9L, List.of(3))),
                                          extra, Instant.parse("2024-02-29T12:34:56.123456789Z"), null);
        Map<String, Object> metaData = Map.of("actor", "officer", "attempt", 4_000_000_000L, "trace", Map.of("depth", 2));
        Instant timestamp = Instant.parse("2025-06-01T08:00:00.123456789Z");
        engine.appendEvents(new GenericDomainEventMessage<>(TestStore.TYPE, "rich-1", 0, payload, metaData,
                                                            "event-rich-1", timestamp));

        DomainEventMessage<?> read = engine.readEvents("rich-1").next();

        assertThat(read.getPayload()).isEqualTo(payload);
        assertThat(read.getMetaData()).isEqualTo(metaData);
        assertThat(read.getTimestamp()).isEqualTo(timestamp);
        assertThat(read.getIdentifier()).isEqualTo("event-rich-1");
        assertThat(read.getType()).isEqualTo(TestStore.TYPE);
        Document stored = TestStore.database(databaseName).getCollection(MongoEventStorageEngine.EVENTS_COLLECTION)
                                   .find().first();
        Document storedPayload = stored.get("payload", Document.class);
        assertThat(stored.get("_id")).isEqualTo(1L);
        assertThat(storedPayload.get("big")).isInstanceOf(Long.class);
        assertThat(storedPayload.get("small")).isInstanceOf(Integer.class);
        assertThat(storedPayload.get("detail")).isInstanceOf(Document.class);
        assertThat(stored.get("metaData", Document.class).getString("actor")).isEqualTo("officer");
        assertThat(stored.getDate("timestamp").toInstant()).isEqualTo(Instant.parse("2025-06-01T08:00:00.123Z"));
    }

    @Test
    void storedEventsOfAnOldShapeAreUpcastOnEveryRead() {
        String databaseName = EmbeddedMongo.freshDatabaseName("upcast");
        MongoEventStorageEngine writer = TestStore.newEngine(databaseName);
        writer.appendEvents(TestStore.event("counted-1", 0, new ItemCountedV1("counted-1", 3)),
                            TestStore.event("counted-1", 1, new ItemCountedV1("counted-1", 4)));
        MongoEventStorageEngine reader = TestStore.engine(EmbeddedMongo.client(), databaseName)
                                                  .upcasterChain(new CountBecameQuantity())
                                                  .build();

        assertThat(reader.readEvents("counted-1").asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new ItemCounted("counted-1", 3), new ItemCounted("counted-1", 4));
        assertThat(TestStore.readAfter(reader, null).stream().<Object>map(TrackedEventMessage::getPayload))
                .containsExactly(new ItemCounted("counted-1", 3), new ItemCounted("counted-1", 4));
    }

    /** Renames the field {@code count} to {@code quantity} and the type to {@link ItemCounted}. */
    private static class CountBecameQuantity extends SingleEventUpcaster {

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(ItemCountedV1.class.getName());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(ItemCounted.class.getName(), null), String.class,
                                                json -> json.replace("\"count\"", "\"quantity\""));
        }
    }
}
