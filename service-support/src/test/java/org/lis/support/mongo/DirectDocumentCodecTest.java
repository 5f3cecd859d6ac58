package org.lis.support.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.BsonArray;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.UuidRepresentation;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.OverridableUuidRepresentationCodec;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.lis.localmongo.LocalMemoryBackend;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectDocumentCodecTest {

    private final Codec<Document> driver = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private final Codec<Document> direct = DirectDocumentCodec.registry().get(Document.class);

    @Test
    void isTheRegistrysCodecForDocumentsOnly() {
        assertThat(direct).isInstanceOf(DirectDocumentCodec.class);
        assertThat(DirectDocumentCodec.registry().get(BsonDocument.class))
                .isExactlyInstanceOf(MongoClientSettings.getDefaultCodecRegistry().get(BsonDocument.class).getClass());
    }

    @Test
    void writesPlainValuesAsTheDriversCodecDoes() {
        Document partner = new Document("name", "Øresund Ports Ltd — “north”")
                .append("empty", "")
                .append("version", 0L)
                .append("largest", Long.MAX_VALUE)
                .append("count", -7)
                .append("keyPartner", true)
                .append("ratio", -0.0)
                .append("notANumber", Double.NaN)
                .append("nothing", null)
                .append("classification", new Document("type", "BUSINESS").append("sectors", List.of("ports", "energy")))
                .append("history", List.of(new Document("seq", 0L).append("kind", "REGISTERED"),
                        new Document("seq", 3L).append("themes", List.of())))
                .append("nested", List.of(List.of(1, 2L), Arrays.asList("a", null, 2.5), new LinkedList<>(List.of(false))))
                .append("set", new LinkedHashSet<>(List.of("x", "y")))
                .append("mutable", new ArrayList<>(List.of(new Document())))
                .append("deep", new Document("a", new Document("b", new Document("c", List.of(new Document("d", 1))))));

        assertSameBytes(partner);
    }

    @Test
    void writesOtherValuesByTheDriversCodecForTheirClass() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("inner", new Document("n", 1));
        map.put("list", List.of(Instant.ofEpochSecond(1)));
        Document values = new Document("_id", new ObjectId("5f1d7f9b1c9d440000a1b2c3"))
                .append("date", new Date(1_538_697_600_000L))
                .append("instant", Instant.parse("2018-10-05T09:30:00.123Z"))
                .append("day", LocalDate.of(2018, 10, 5))
                .append("decimal", new BigDecimal("12.50"))
                .append("decimal128", Decimal128.parse("1E+3"))
                .append("binary", new Binary(new byte[]{1, 2, 3}))
                .append("bytes", new byte[]{4, 5})
                .append("pattern", Pattern.compile("^a.*", Pattern.CASE_INSENSITIVE))
                .append("unit", TimeUnit.SECONDS)
                .append("map", map)
                .append("bsonValue", new BsonInt32(4))
                .append("bsonArray", new BsonArray(List.of(new BsonString("s"))))
                .append("bsonDocument", new BsonDocument("k", new BsonString("v")))
                .append("short", (short) 3)
                .append("float", 1.5f)
                .append("character", 'c')
                .append("inList", List.of(new Date(0), TimeUnit.DAYS, new BsonInt32(1), Map.of("m", 2)));

        assertSameBytes(values);
    }

    @Test
    void writesTheIdFirstOnlyForADocumentToBeStored() {
        Document document = new Document("name", "Acme").append("_id", "p-1").append("nested", new Document("x", 1).append("_id", 2));

        assertThat(encode(direct, document, true).keySet()).containsExactly("_id", "name", "nested");
        assertThat(encode(direct, document, false).keySet()).containsExactly("name", "_id", "nested");
        assertThat(encode(direct, document, true).getDocument("nested").keySet()).containsExactly("x", "_id");
        assertSameBytes(document);
    }

    @Test
    void aUuidNeedsARepresentationAsWithTheDriversCodec() {
        Document document = new Document("id", UUID.fromString("6a2f41a3-c54c-fce8-32d2-0324e1c32e22"));

        assertThatThrownBy(() -> encode(driver, document, false)).isInstanceOf(CodecConfigurationException.class);
        assertThatThrownBy(() -> encode(direct, document, false)).isInstanceOf(CodecConfigurationException.class);

        // what the driver does with a representation set for the client
        Codec<Document> standardDriver = CodecRegistries.withUuidRepresentation(
                MongoClientSettings.getDefaultCodecRegistry(), UuidRepresentation.STANDARD).get(Document.class);
        Codec<Document> standardDirect = CodecRegistries.withUuidRepresentation(
                DirectDocumentCodec.registry(), UuidRepresentation.STANDARD).get(Document.class);
        assertThat(bytes(standardDirect, document, true)).isEqualTo(bytes(standardDriver, document, true));
        assertThat(((OverridableUuidRepresentationCodec<?>) direct).withUuidRepresentation(UuidRepresentation.UNSPECIFIED))
                .isSameAs(direct);
    }

    @Test
    void readsAndGivesIdsAsTheDriversCodec() {
        Document document = new Document("_id", 5L).append("history", List.of(new Document("seq", 1L)));
        byte[] stored = bytes(driver, document, true);

        Document read = direct.decode(new BsonBinaryReader(ByteBuffer.wrap(stored)), DecoderContext.builder().build());

        assertThat(read).isEqualTo(document);
        DirectDocumentCodec ids = (DirectDocumentCodec) direct;
        assertThat(ids.documentHasId(document)).isTrue();
        assertThat(ids.getDocumentId(document).asInt64().getValue()).isEqualTo(5L);
        Document withoutId = new Document("name", "Acme");
        assertThat(ids.documentHasId(withoutId)).isFalse();
        assertThat(ids.generateIdIfAbsentFromDocument(withoutId).get("_id")).isInstanceOf(ObjectId.class);
    }

    @Test
    void theServicesClientWritesAndReadsDocumentsThroughIt() {
        MongoServer server = new MongoServer(new LocalMemoryBackend());
        LisMongoProperties properties = new LisMongoProperties(server.bindAndGetConnectionString(), null, "test",
                Duration.ofSeconds(3));
        try (MongoClient client = MongoClients.create(LisMongoAutoConfiguration.settings(properties))) {
            MongoCollection<Document> partners = client.getDatabase("test").getCollection("partners");
            Document partner = new Document("name", "Acme").append("history", List.of(new Document("seq", 0L)));

            partners.insertOne(partner);

            assertThat(partners.getCodecRegistry().get(Document.class)).isInstanceOf(DirectDocumentCodec.class);
            assertThat(partner.get("_id")).isInstanceOf(ObjectId.class);
            assertThat(partners.find().first()).isEqualTo(partner);
        } finally {
            server.shutdown();
        }
    }

    private void assertSameBytes(Document document) {
        assertThat(bytes(direct, document, true)).isEqualTo(bytes(driver, document, true));
        assertThat(bytes(direct, document, false)).isEqualTo(bytes(driver, document, false));
    }

    private static RawBsonDocument encode(Codec<Document> codec, Document document, boolean collectible) {
        return new RawBsonDocument(bytes(codec, document, collectible));
    }

    private static byte[] bytes(Codec<Document> codec, Document document, boolean collectible) {
        BasicOutputBuffer out = new BasicOutputBuffer();
        codec.encode(new BsonBinaryWriter(out), document,
                EncoderContext.builder().isEncodingCollectibleDocument(collectible).build());
        return out.toByteArray();
    }
}
