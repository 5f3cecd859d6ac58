package org.lis.localmongo;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * mongo-java-server's in-memory backend with {@link LocalDatabase}s: what the local stack keeps its data in (made
 * durable by its journal) and what the tests run against.
 */
public class LocalMemoryBackend extends MemoryBackend {

    @Override
    public LocalDatabase openOrCreateDatabase(String databaseName) {
        return new LocalDatabase(databaseName, getCursorRegistry());
    }
}
