package org.lis.localmongo;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/** A database of the in-memory backend whose collections are {@link LocalCollection}s, with an {@link IdIndex}. */
public class LocalDatabase extends MemoryDatabase {

    public LocalDatabase(String databaseName, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
    }

    @Override
    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
        return new LocalCollection(this, collectionName, options, cursorRegistry);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                     boolean sparse) {
        if (!sparse && keys.size() == 1 && keys.get(0).getKey().equals(IdIndex.FIELD)) {
            return new IdIndex(indexName, keys);
        }
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
}
