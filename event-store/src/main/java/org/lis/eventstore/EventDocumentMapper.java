package org.lis.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Maps events and snapshots to and from documents. Payload and metadata are serialized to JSON with the configured
 * serializer and stored as BSON documents, so an operator can query them; a payload whose serialized form is not a
 * JSON object (another serializer, a bare string) is stored as a string instead.
 * <p>
 * Read back for a Jackson serializer, payload and metadata are handed over as Jackson trees, which it binds without
 * parsing text: read straight from the stored bytes ({@link EventTreesCodec}) or built from a document. For any other
 * serializer, or a document holding a value JSON has no form for, they are handed over as the JSON text of the
 * document.
 */
class EventDocumentMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final String ID = "_id";
    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    /**
     * The aggregate's identifier and the event's sequence number in one string, so that an aggregate's events are
     * found by one indexed {@code $in} of keys (a server without range scans on a compound index, the embedded
     * one, would otherwise read the whole collection to load an aggregate).
     */
    static final String AGGREGATE_SEQUENCE = "aggregateSequence";
    static final String TYPE = "type";
    static final String TIMESTAMP = "timestamp";
    /** The exact instant: a BSON date keeps milliseconds only, Axon's timestamps carry more. */
    static final String TIMESTAMP_ISO = "timestampIso";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";

    /**
     * The document of an event, its global index ({@code _id}, first) still null until one is reserved. An event
     * that belongs to no aggregate is stored, as Axon's JDBC engine does, under its own identifier with sequence
     * number 0 and no type.
     */
    Document toEventDocument(EventMessage<?> event, Serializer serializer) {
        return fill(new Document(ID, null), event, serializer);
    }

    /** The document of a snapshot: one per aggregate, keyed by the aggregate identifier. */
    Document toSnapshotDocument(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = new Document(ID, snapshot.getAggregateIdentifier());
        return fill(document, snapshot, serializer);
    }

    /** The stored event or snapshot, payload and metadata as Jackson trees if {@code trees}, else as JSON text. */
    DomainEventData<?> toEventData(Document document, boolean trees) {
        if (trees) {
            JsonNode payload = treeOf(document.get(PAYLOAD));
            JsonNode metaData = treeOf(document.get(META_DATA));
            if (payload != null && metaData != null) {
                return new TreeEntry(document, payload, metaData);
            }
        }
        return new StoredEntry<>(document, jsonOf(document.get(PAYLOAD)), jsonOf(document.get(META_DATA)));
    }

    /** A stored event, whose instant is read by {@link InstantText}. */
    private static class StoredEntry<T> extends GenericDomainEventEntry<T> {

        private final Object timestamp;

        StoredEntry(Document document, T payload, T metaData) {
            this(document, timestampOf(document), payload, metaData);
        }

        private StoredEntry(Document document, Object timestamp, T payload, T metaData) {
            super(document.getString(TYPE), document.getString(AGGREGATE_IDENTIFIER), sequenceNumberOf(document),
                    document.getString(EVENT_IDENTIFIER), timestamp, document.getString(PAYLOAD_TYPE),
                    document.getString(PAYLOAD_REVISION), payload, metaData);
            this.timestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp instanceof String text ? InstantText.parse(text) : (Instant) timestamp;
        }
    }

    /**
     * An entry whose payload and metadata say they are {@link JsonNode}s: a Jackson serializer binds a tree without
     * converting it only when that is the declared type, and an entry would otherwise declare the tree's own class.
     */
    private static final class TreeEntry extends StoredEntry<JsonNode> {

        TreeEntry(Document document, JsonNode payload, JsonNode metaData) {
            super(document, payload, metaData);
        }

        @Override
        public SerializedObject<JsonNode> getPayload() {
            SerializedObject<JsonNode> payload = super.getPayload();
            return new SimpleSerializedObject<>(payload.getData(), JsonNode.class, payload.getType());
        }

        @Override
        public SerializedObject<JsonNode> getMetaData() {
            return new SerializedMetaData<>(super.getMetaData().getData(), JsonNode.class);
        }
    }

    private Document fill(Document document, EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(event.getMetaData(), String.class);
        Instant timestamp = event.getTimestamp();
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            document.append(AGGREGATE_IDENTIFIER, domainEvent.getAggregateIdentifier())
                    .append(SEQUENCE_NUMBER, domainEvent.getSequenceNumber())
                    .append(AGGREGATE_SEQUENCE, aggregateSequence(domainEvent.getAggregateIdentifier(),
                            domainEvent.getSequenceNumber()))
                    .append(TYPE, domainEvent.getType());
        } else {
            document.append(AGGREGATE_IDENTIFIER, event.getIdentifier())
                    .append(SEQUENCE_NUMBER, 0L)
                    .append(AGGREGATE_SEQUENCE, aggregateSequence(event.getIdentifier(), 0L))
                    .append(TYPE, null);
        }
        return document.append(EVENT_IDENTIFIER, event.getIdentifier())
                       .append(TIMESTAMP, Date.from(timestamp))
                       .append(TIMESTAMP_ISO, timestamp.toString())
                       .append(PAYLOAD_TYPE, payload.getType().getName())
                       .append(PAYLOAD_REVISION, payload.getType().getRevision())
                       .append(PAYLOAD, bsonOf(payload.getData()))
                       .append(META_DATA, bsonOf(metaData.getData()));
    }

    /** The {@link #AGGREGATE_SEQUENCE} key of an aggregate's event. */
    static String aggregateSequence(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "#" + sequenceNumber;
    }

    /** A number of either width: a document written by hand or by another tool may hold a 32-bit one. */
    private static long sequenceNumberOf(Document document) {
        return ((Number) document.get(SEQUENCE_NUMBER)).longValue();
    }

    private static Object timestampOf(Document document) {
        String exact = document.getString(TIMESTAMP_ISO);
        return exact != null ? exact : document.getDate(TIMESTAMP).toInstant();
    }

    private static Object bsonOf(String json) {
        String trimmed = json.strip();
        return trimmed.startsWith("{") ? Document.parse(trimmed) : json;
    }

    /**
     * The tree of a stored JSON object: what parsing its {@link Document#toJson() JSON} would give. Null for anything
     * else (a string stored as such) or a document holding a value JSON has no plain form for.
     */
    private static JsonNode treeOf(Object stored) {
        if (stored instanceof JsonNode tree) {
            return tree;
        }
        return stored instanceof Document document ? nodeOf(document) : null;
    }

    private static JsonNode nodeOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                JsonNode node = nodeOf(field.getValue());
                if (node == null) {
                    return null;
                }
                object.set((String) field.getKey(), node);
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object element : list) {
                JsonNode node = nodeOf(element);
                if (node == null) {
                    return null;
                }
                array.add(node);
            }
            return array;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number && Double.isFinite(number)) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        return value == null ? NODES.nullNode() : null;
    }

    private static String jsonOf(Object stored) {
        if (stored instanceof Document document) {
            return document.toJson();
        }
        return stored == null ? null : stored.toString();
    }
}
