package org.lis.support.mongo;

import com.mongodb.MongoClientSettings;
import org.bson.BsonReader;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.codecs.Codec;
import org.bson.codecs.CollectibleCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.OverridableUuidRepresentationCodec;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;

import java.util.Collection;
import java.util.Map;

/**
 * The driver's {@link Document} codec with a shorter way to write: plain values (strings, numbers, booleans, nested
 * documents and lists of them) go straight to the writer, and the codec of any other type is looked up once for its
 * class. The driver's own codec asks its registry for every value it writes, and every such look-up of a nested value
 * walks the chain of registries it came through to rule out a cycle: in a profile of a replay, where each event is
 * an inserted document, those look-ups were half of the encoding's samples, 7 % of the process's. For a partner
 * list's document this codec takes 0.80 times the driver's time and allocates 0.43 times its bytes
 * ({@code DocumentEncodingBenchmark}).
 * <p>
 * The bytes written are the driver's own (the test compares them on every kind of value); reading, ids and a
 * configured UUID representation are the driver's codec's.
 */
public final class DirectDocumentCodec implements CollectibleCodec<Document>, OverridableUuidRepresentationCodec<Document> {

    private static final String ID = "_id";
    private static final EncoderContext NESTED = EncoderContext.builder().build();

    private final CodecRegistry defaults;
    private final DocumentCodec standard;
    /** How a value of each class other than the plain ones is written, looked up in the driver's registry once. */
    private final ClassValue<ValueWriter> writers = new ClassValue<>() {
        @Override
        protected ValueWriter computeValue(Class<?> type) {
            return writerFor(type);
        }
    };

    DirectDocumentCodec(CodecRegistry defaults) {
        this.defaults = defaults;
        this.standard = (DocumentCodec) defaults.get(Document.class);
    }

    /** The driver's default registry with this codec for {@link Document}s. */
    public static CodecRegistry registry() {
        CodecRegistry defaults = MongoClientSettings.getDefaultCodecRegistry();
        return CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(new DirectDocumentCodec(defaults)), defaults);
    }

    @Override
    public void encode(BsonWriter writer, Document document, EncoderContext context) {
        writeDocument(writer, document, context.isEncodingCollectibleDocument());
    }

    /** A document to be stored writes its id first, as the driver's codec does. */
    private void writeDocument(BsonWriter writer, Map<String, Object> document, boolean collectible) {
        writer.writeStartDocument();
        boolean idFirst = collectible && document.containsKey(ID);
        if (idFirst) {
            writer.writeName(ID);
            writeValue(writer, document.get(ID));
        }
        for (Map.Entry<String, Object> field : document.entrySet()) {
            if (idFirst && field.getKey().equals(ID)) {
                continue;
            }
            writer.writeName(field.getKey());
            writeValue(writer, field.getValue());
        }
        writer.writeEndDocument();
    }

    private void writeValue(BsonWriter writer, Object value) {
        if (value == null) {
            writer.writeNull();
        } else if (value instanceof String text) {
            writer.writeString(text);
        } else if (value instanceof Long number) {
            writer.writeInt64(number);
        } else if (value instanceof Integer number) {
            writer.writeInt32(number);
        } else if (value instanceof Boolean flag) {
            writer.writeBoolean(flag);
        } else if (value instanceof Double number) {
            writer.writeDouble(number);
        } else {
            writers.get(value.getClass()).write(writer, value);
        }
    }

    private interface ValueWriter {
        void write(BsonWriter writer, Object value);
    }

    @SuppressWarnings("unchecked")
    private ValueWriter writerFor(Class<?> type) {
        if (type == Document.class) {
            return (writer, value) -> writeDocument(writer, (Document) value, false);
        }
        Codec<Object> codec = (Codec<Object>) defaults.get(type);
        // the driver writes a plain collection (not a BSON array, nor a type with a codec of its own) as an array of
        // its elements, each by its own class's codec: so does this, element by element
        if (Collection.class.isAssignableFrom(type) && !BsonValue.class.isAssignableFrom(type)
                && codec.getClass().getName().equals("org.bson.codecs.CollectionCodec")) {
            return (writer, value) -> writeArray(writer, (Collection<?>) value);
        }
        return (writer, value) -> codec.encode(writer, value, NESTED);
    }

    private void writeArray(BsonWriter writer, Collection<?> values) {
        writer.writeStartArray();
        for (Object value : values) {
            writeValue(writer, value);
        }
        writer.writeEndArray();
    }

    @Override
    public Document decode(BsonReader reader, DecoderContext context) {
        return standard.decode(reader, context);
    }

    @Override
    public Class<Document> getEncoderClass() {
        return Document.class;
    }

    @Override
    public Document generateIdIfAbsentFromDocument(Document document) {
        return standard.generateIdIfAbsentFromDocument(document);
    }

    @Override
    public boolean documentHasId(Document document) {
        return standard.documentHasId(document);
    }

    @Override
    public BsonValue getDocumentId(Document document) {
        return standard.getDocumentId(document);
    }

    /** A UUID representation set for the client: the driver's codec, which writes UUIDs in it, does all. */
    @Override
    public Codec<Document> withUuidRepresentation(UuidRepresentation representation) {
        return representation == UuidRepresentation.UNSPECIFIED ? this
                : CodecRegistries.withUuidRepresentation(defaults, representation).get(Document.class);
    }
}
