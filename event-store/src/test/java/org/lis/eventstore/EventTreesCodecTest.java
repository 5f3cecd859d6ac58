package org.lis.eventstore;

import com.mongodb.MongoClientSettings;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventTreesCodecTest {

    private static final DecoderContext DECODING = DecoderContext.builder().build();

    private final Codec<Document> driver = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private final EventTreesCodec codec = new EventTreesCodec(driver);
    private final EventDocumentMapper mapper = new EventDocumentMapper();

    private static Document stored(Object payload) {
        return new Document("_id", 12L).append("aggregateIdentifier", "partner-1").append("sequenceNumber", 3L)
                .append("aggregateSequence", "partner-1#3").append("type", "Partner").append("eventIdentifier", "e-1")
                .append("timestamp", new Date(1_748_764_800_123L)).append("timestampIso", "2025-06-01T08:00:00.123456Z")
                .append("payloadType", "x.PartnerRegistered").append("payloadRevision", null)
                .append("payload", payload).append("metaData", new Document("actor", "officer").append("attempt", 4_000_000_000L));
    }

    @Test
    void anEventReadsAsTheMapperReadsTheDriversDocument() {
        Document payload = new Document("name", "café \" ✓").append("small", 7).append("big", 3_000_000_000L)
                .append("ratio", 2.5).append("whole", 2.0).append("flag", true).append("none", null)
                .append("list", Arrays.asList(1, "two", null, new Document("deep", List.of(List.of(false)))))
                .append("empty", new Document()).append("nothing", List.of());
        Document document = stored(payload);

        Document read = decode(bytes(document));

        assertThat(read.get("payload")).isInstanceOf(com.fasterxml.jackson.databind.JsonNode.class);
        assertSameEvent(read, document);
        Document fields = new Document(read);
        fields.remove("payload");
        fields.remove("metaData");
        Document expected = new Document(document);
        expected.remove("payload");
        expected.remove("metaData");
        assertThat(fields).isEqualTo(expected);
    }

    @Test
    void aDocumentWithAValueATreeHasNoPlainFormForIsTheDriversDocument() {
        for (Document document : List.of(stored(new Document("at", new Date(0))),
                stored(new Document("ratio", Double.NaN)), stored(new Document("bytes", new Binary(new byte[]{1}))),
                stored(new Document("deep", List.of(new Document("at", new Date(5))))),
                stored(new Document("a", 1)).append("extra", 1.5))) {
            Document read = decode(bytes(document));

            assertThat(read).isEqualTo(document);
            assertSameEvent(read, document);
        }
    }

    @Test
    void aPayloadStoredAsTextIsTheDriversDocument() {
        Document document = stored("a bare string");

        Document read = decode(bytes(document));

        assertThat(read).isEqualTo(document);
        assertSameEvent(read, document);
    }

    @Test
    void theNextDocumentIsReadFromWhereTheLastOneEnded() {
        Document plain = stored(new Document("at", new Date(0)));
        Document trees = stored(new Document("n", 1));
        byte[] both = bytes(new Document("first", plain).append("second", trees).append("third", plain));

        BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(both));
        reader.readStartDocument();
        reader.readName();
        Document first = codec.decode(reader, DECODING);
        reader.readName();
        Document second = codec.decode(reader, DECODING);
        reader.readName();
        Document third = codec.decode(reader, DECODING);
        reader.readEndDocument();

        assertThat(first).isEqualTo(plain);
        assertSameEvent(second, trees);
        assertThat(third).isEqualTo(plain);
    }

    private void assertSameEvent(Document read, Document stored) {
        DomainEventData<?> actual = mapper.toEventData(read, true);
        DomainEventData<?> expected = mapper.toEventData(stored, true);
        assertThat(actual.getPayload().getData()).isEqualTo(expected.getPayload().getData());
        assertThat(actual.getPayload().getContentType()).isEqualTo(expected.getPayload().getContentType());
        assertThat(actual.getPayload().getType()).isEqualTo(expected.getPayload().getType());
        assertThat(actual.getMetaData().getData()).isEqualTo(expected.getMetaData().getData());
        assertThat(actual.getTimestamp()).isEqualTo(expected.getTimestamp());
        assertThat(actual.getEventIdentifier()).isEqualTo(expected.getEventIdentifier());
        assertThat(actual.getAggregateIdentifier()).isEqualTo(expected.getAggregateIdentifier());
        assertThat(actual.getSequenceNumber()).isEqualTo(expected.getSequenceNumber());
        assertThat(actual.getType()).isEqualTo(expected.getType());
    }

    private Document decode(byte[] bytes) {
        return codec.decode(new BsonBinaryReader(ByteBuffer.wrap(bytes)), DECODING);
    }

    private byte[] bytes(Document document) {
        BasicOutputBuffer out = new BasicOutputBuffer();
        driver.encode(new BsonBinaryWriter(out), document, EncoderContext.builder().build());
        return out.toByteArray();
    }
}
