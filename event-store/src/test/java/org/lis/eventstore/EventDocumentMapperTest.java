package org.lis.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventDocumentMapperTest {

    private final EventDocumentMapper mapper = new EventDocumentMapper();

    /** An event's document, its sequence number 32-bit as one written by hand may be. */
    private static Document stored(Document payload) {
        return new Document("_id", 1L).append("aggregateIdentifier", "a").append("sequenceNumber", 0)
                .append("type", "Item").append("eventIdentifier", "e").append("timestampIso", "2025-06-01T08:00:00Z")
                .append("payloadType", "x.Y").append("payloadRevision", null)
                .append("payload", payload).append("metaData", new Document("actor", "officer"));
    }

    @Test
    void aTreeIsWhatParsingTheDocumentsJsonGives() throws Exception {
        Document payload = new Document("name", "café \" ✓").append("small", 7).append("big", 3_000_000_000L)
                .append("ratio", 2.5).append("whole", 2.0).append("flag", true).append("none", null)
                .append("list", Arrays.asList(1, "two", null, new Document("deep", List.of(List.of(false)))))
                .append("empty", new Document()).append("nothing", List.of());

        DomainEventData<?> read = mapper.toEventData(stored(payload), true);

        assertThat(read.getPayload().getData()).isEqualTo(new ObjectMapper().readTree(payload.toJson()));
        assertThat(read.getPayload().getContentType()).as("what a Jackson serializer binds without converting")
                .isEqualTo(JsonNode.class);
        assertThat(read.getMetaData().getContentType()).isEqualTo(JsonNode.class);
        assertThat(read.getMetaData().getData()).isEqualTo(new ObjectMapper().readTree("{\"actor\":\"officer\"}"));
    }

    @Test
    void aDocumentWithAValueJsonHasNoPlainFormForIsReadAsText() {
        Document payload = new Document("at", new Date(0));

        assertThat(mapper.toEventData(stored(payload), true).getPayload().getData()).isEqualTo(payload.toJson());
        assertThat(mapper.toEventData(stored(new Document("a", 1)), false).getPayload().getData())
                .isEqualTo("{\"a\": 1}");
    }
}
