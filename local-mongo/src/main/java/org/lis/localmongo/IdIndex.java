package org.lis.localmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.List;
import java.util.UUID;

/**
 * The {@code _id} index of a {@link LocalDatabase}'s collection. For an id that is a string, an ObjectId or a UUID
 * (what the services' documents have), a new document's key is its id as it is; the backend's own index found that
 * key three times a document through its general path (split on dots, streams, normalised values) and so took 8 %
 * of the samples of a replay's profile. Any other id (a number, whose kinds the backend makes equal, a document)
 * takes the backend's path, so both find the same key for the same id.
 */
final class IdIndex extends MemoryUniqueIndex {

    static final String FIELD = "_id";

    IdIndex(String name, List<IndexKey> keys) {
        super(name, keys, false);
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Integer> collection) {
        KeyValue key = plainKey(document);
        if (key == null) {
            super.checkAdd(document, collection);
        } else if (containsKey(key)) {
            throw new DuplicateKeyError(this, collection, getKeys(), key);
        }
    }

    /** Adds the key; the collection has called {@link #checkAdd} for the document under its lock just before. */
    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        KeyValue key = plainKey(document);
        if (key == null) {
            super.add(document, position, collection);
        } else if (!putKeyPosition(key, position)) {
            throw new DuplicateKeyError(this, collection, getKeys(), key);
        }
    }

    /** The key of a document whose id the backend would keep as it is; null for any other. */
    private static KeyValue plainKey(Document document) {
        Object id = document.get(FIELD);
        return id instanceof String || id instanceof ObjectId || id instanceof UUID ? new KeyValue(id) : null;
    }
}
