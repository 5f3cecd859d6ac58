package org.lis.localstack;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB-wire server of local runs, keeping its data in memory and every write in a journal file, so that
 * events survive a restart and a write a service has acknowledged survives a crash of the process
 * ({@link JournalledBackend}).
 */
final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /**
     * Starts the server on the journal {@code dataFile}. A data file of the earlier H2 store is carried over: the
     * file named, if it ends in {@code .mv} (its journal then the same name ending in {@code .journal}), or else
     * {@code mongo.mv} beside the journal.
     */
    static EmbeddedMongo start(Path dataFile, int port) {
        Path file = dataFile.toAbsolutePath();
        String name = file.getFileName().toString();
        Path journal = name.endsWith(".mv") ? file.resolveSibling(name.substring(0, name.length() - 3) + ".journal") : file;
        Path earlier = name.endsWith(".mv") ? file : file.resolveSibling("mongo.mv");
        JournalledBackend backend;
        try {
            backend = JournalledBackend.open(journal, earlier);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open " + journal + " (is another local stack running on it?): "
                    + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (Exception e) {
            // netty throws a port in use as a BindException, checked but undeclared, which the server's own clean-up
            // misses: its threads would keep the process alive, holding the journal, after main had failed
            server.shutdown();
            throw new IllegalStateException("Cannot listen on localhost:" + port
                    + " (set EMBEDDED_MONGO_PORT to another port): " + e.getMessage(), e);
        }
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-wire server on {} with data in {}", address, journal);
        return new EmbeddedMongo(server, address);
    }

    String connectionString() {
        return "mongodb://localhost:" + address.getPort();
    }

    /** Disconnects clients, then closes the journal (every write is in it already). */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
