package org.lis.localstack;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/** A database of the in-memory backend whose collections find a document by its id first ({@link IdLookupCollection}). */
class IdLookupDatabase extends MemoryDatabase {

    IdLookupDatabase(String databaseName, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
    }

    @Override
    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
        return new IdLookupCollection(this, collectionName, options, cursorRegistry);
    }
}
