package org.lis.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import java.util.Date;

/**
 * Reads a stored event's document with its payload and metadata straight into Jackson trees, for a Jackson serializer
 * ({@link EventDocumentMapper}): the trees it would otherwise build from the documents the driver decodes, without
 * those documents. In a profile of a replay the driver's decoding of the events' documents was 7 % of all the bytes
 * allocated. A document holding anything a tree has no plain form for (a date inside the payload, say), or a payload
 * stored as text, is read again by the driver's codec, as a plain document, and handed over as text as before.
 */
final class EventTreesCodec implements Codec<Document> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Codec<Document> documents;

    EventTreesCodec(Codec<Document> documents) {
        this.documents = documents;
    }

    @Override
    public Document decode(BsonReader reader, DecoderContext context) {
        BsonReaderMark start = reader.getMark();
        try {
            return readEvent(reader);
        } catch (NotPlain e) {
            start.reset();
            return documents.decode(reader, context);
        }
    }

    /** The fields of an event's document: plain values, and the payload and metadata as trees. */
    private static Document readEvent(BsonReader reader) {
        Document document = new Document();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (name.equals(EventDocumentMapper.PAYLOAD) || name.equals(EventDocumentMapper.META_DATA)) {
                // one stored as text makes the mapper hand both over as text, which it writes from documents
                if (reader.getCurrentBsonType() != BsonType.DOCUMENT) {
                    throw new NotPlain();
                }
                document.put(name, readObject(reader));
            } else {
                document.put(name, readField(reader));
            }
        }
        reader.readEndDocument();
        return document;
    }

    private static Object readField(BsonReader reader) {
        return switch (reader.getCurrentBsonType()) {
            case STRING -> reader.readString();
            case INT64 -> reader.readInt64();
            case INT32 -> reader.readInt32();
            case DATE_TIME -> new Date(reader.readDateTime());
            case NULL -> {
                reader.readNull();
                yield null;
            }
            default -> throw new NotPlain();
        };
    }

    private static ObjectNode readObject(BsonReader reader) {
        ObjectNode object = NODES.objectNode();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            object.set(name, readNode(reader));
        }
        reader.readEndDocument();
        return object;
    }

    /** What {@link EventDocumentMapper} makes of each value of a decoded document, or {@link NotPlain}. */
    private static JsonNode readNode(BsonReader reader) {
        switch (reader.getCurrentBsonType()) {
            case DOCUMENT:
                return readObject(reader);
            case ARRAY:
                ArrayNode array = NODES.arrayNode();
                reader.readStartArray();
                while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                    array.add(readNode(reader));
                }
                reader.readEndArray();
                return array;
            case STRING:
                return NODES.textNode(reader.readString());
            case INT32:
                return NODES.numberNode(reader.readInt32());
            case INT64:
                return NODES.numberNode(reader.readInt64());
            case DOUBLE:
                double number = reader.readDouble();
                if (!Double.isFinite(number)) {
                    throw new NotPlain();
                }
                return NODES.numberNode(number);
            case BOOLEAN:
                return NODES.booleanNode(reader.readBoolean());
            case NULL:
                reader.readNull();
                return NODES.nullNode();
            default:
                throw new NotPlain();
        }
    }

    /** Only reads: the events are written as plain documents. */
    @Override
    public void encode(BsonWriter writer, Document value, EncoderContext context) {
        documents.encode(writer, value, context);
    }

    @Override
    public Class<Document> getEncoderClass() {
        return Document.class;
    }

    /** A value the trees have no plain form for; the document is read again as a plain one. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }
}
