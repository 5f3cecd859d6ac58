package org.lis.localstack;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB-wire server of local runs, keeping its data in one H2 MVStore file so that events survive a
 * restart. The store commits after every command that changes data, before the reply ({@link CommittingH2Backend}),
 * so a write a service has acknowledged survives a crash of the process; and on close.
 */
final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    static EmbeddedMongo start(Path dataFile, int port) {
        Path file = dataFile.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + file.getParent(), e);
        }
        CommittingH2Backend backend;
        try {
            backend = new CommittingH2Backend(file.toString());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open " + file + " (is another local stack running on it?): "
                    + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            server.shutdown();
            throw new IllegalStateException("Cannot listen on localhost:" + port
                    + " (set EMBEDDED_MONGO_PORT to another port): " + e.getMessage(), e);
        }
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-wire server on {} with data in {}", address, file);
        return new EmbeddedMongo(server, address);
    }

    String connectionString() {
        return "mongodb://localhost:" + address.getPort();
    }

    /** Disconnects clients, then closes the MVStore, which writes what is not yet on disk. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
