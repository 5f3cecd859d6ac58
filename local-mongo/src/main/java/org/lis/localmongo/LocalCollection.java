package org.lis.localmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A collection of the in-memory backend as the local stack and the tests run it. What differs from the backend's
 * own:
 * <ul>
 *   <li>A query that names an id besides other conditions, such as a projection's guarded update
 *   ({@code {_id: id, version: {$lt: seq}}}), finds the document by its id. The backend uses an index only for a
 *   query on exactly its fields, so it answered those by reading every document of the collection: at 30,000
 *   partners the server spent 85 % of the stack's CPU in such scans while partners and their activities were
 *   recorded. The other conditions, the order and the limits still apply to the one document found.</li>
 *   <li>The documents the id index found for a query of ids ({@code {_id: {$in: [...]}}}, how the event store reads
 *   events) are not compared with every id of the query again: the index compared them already, as the matcher
 *   would for strings, whole numbers, ObjectIds and UUIDs. Any other value in the list takes the backend's path.
 *   Whole-number ids ordered by the id are sorted by their values: the backend's comparator looked each id up by
 *   its path, split by a regular expression, at every comparison (5 % of the bytes a replay allocated).</li>
 *   <li>A stored document takes the field names and short string values the collection holds already
 *   ({@link SharedStrings}), when inserted and again when updated: a replay of 100,000 events stores as many
 *   partners, and the collector traced and copied each one's own copies of the same strings.</li>
 *   <li>The size of the data ({@code collStats}, {@code dbStats}) is counted when it is asked for. The backend
 *   encoded every document it stored or removed to BSON again only to keep that count: 8 % of the samples of a
 *   replay's profile.</li>
 * </ul>
 */
public class LocalCollection extends MemoryCollection {

    private final SharedStrings strings = new SharedStrings();

    public LocalCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                           CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
    }

    /** Stores the document with the field names and short values its neighbours hold already. */
    @Override
    public synchronized void addDocument(Document document) {
        // without an id the backend gives it one, which a caller may read from the document it passed
        super.addDocument(document.containsKey(getIdField()) ? strings.share(document) : document);
    }

    /**
     * The backend has just written the update's result into the stored document (its last argument; the other is a
     * copy of the document before): what the update brought (an activity pushed onto a partner's history, a value
     * set) takes the shared strings too.
     */
    @Override
    protected synchronized void handleUpdate(Integer position, Document before, Document stored) {
        super.handleUpdate(position, before, stored);
        if (!strings.shareInPlace(stored)) {
            Document shared = strings.share(stored);
            stored.clear();
            stored.putAll(shared);
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        // a query on the id alone is the id index's already
        Object id = query.size() == 1 && query.containsKey(getIdField()) ? null : idEquality(query, getIdField());
        if (id == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        QueryResult byId = super.queryDocuments(new Document(getIdField(), id), null, 0, 0, 0, null);
        return matchDocumentsFromStream(StreamSupport.stream(byId.spliterator(), false), query, orderBy, numberToSkip,
                limit, batchSize, fieldSelector);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Integer> positions, Document orderBy,
                                         int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        if (!isIdsQuery(query, getIdField())) {
            return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Stream<Document> found = StreamSupport.stream(positions.spliterator(), false).map(this::getDocument);
        int direction = idDirection(orderBy, getIdField());
        if (direction == 0 || !wholeNumbers((List<?>) ((Document) query.get(getIdField())).get("$in"))) {
            return matchDocumentsFromStream(found, new Document(), orderBy, numberToSkip, limit, batchSize,
                    fieldSelector);
        }
        // ids the index found for whole numbers are whole numbers (2.0 among them), ordered as their long values
        Comparator<Document> byId = Comparator.comparingLong(
                document -> ((Number) document.get(getIdField())).longValue());
        return matchDocumentsFromStream(found.sorted(direction > 0 ? byId : byId.reversed()), new Document(), null,
                numberToSkip, limit, batchSize, fieldSelector);
    }

    /** 1 or -1 for an order by the id alone, ascending or descending; 0 for any other order or none. */
    static int idDirection(Document orderBy, String idField) {
        if (orderBy == null || orderBy.size() != 1 || !(orderBy.get(idField) instanceof Number direction)) {
            return 0;
        }
        double value = direction.doubleValue();
        return value == 1 ? 1 : value == -1 ? -1 : 0;
    }

    private static boolean wholeNumbers(List<?> ids) {
        return ids.stream().allMatch(id -> id instanceof Long || id instanceof Integer);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /** The BSON length of every document, counted now; under the collection's lock, as its writes are. */
    @Override
    protected synchronized int getDataSize() {
        ByteBuf buffer = Unpooled.buffer();
        try {
            long size = streamAllDocumentsWithPosition().mapToLong(stored -> {
                buffer.clear();
                BsonEncoder.encodeDocument(stored.getDocument(), buffer);
                return buffer.writerIndex();
            }).sum();
            return (int) Math.min(size, Integer.MAX_VALUE);
        } finally {
            buffer.release();
        }
    }

    /**
     * The id the query's documents must have, when a top-level condition (or one of a top-level {@code $and}) is an
     * equality on the id with a plain value; null otherwise.
     */
    static Object idEquality(Document query, String idField) {
        Object value = query.get(idField);
        if (isPlain(value)) {
            return value;
        }
        if (query.get("$and") instanceof List<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document document && document.size() == 1
                        && isPlain(document.get(idField))) {
                    return document.get(idField);
                }
            }
        }
        return null;
    }

    /** Whether the query is {@code {_id: {$in: [...]}}} with only values an index finds exactly as the matcher would. */
    static boolean isIdsQuery(Document query, String idField) {
        if (query.size() != 1 || !(query.get(idField) instanceof Document condition) || condition.size() != 1
                || !(condition.get("$in") instanceof List<?> ids)) {
            return false;
        }
        for (Object id : ids) {
            if (!(id instanceof String || id instanceof Long || id instanceof Integer || id instanceof ObjectId
                    || id instanceof UUID)) {
                return false;
            }
        }
        return true;
    }

    /** A value an equality compares as it is: not an operator document, an array, a regular expression or null. */
    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof ObjectId
                || value instanceof UUID;
    }
}
