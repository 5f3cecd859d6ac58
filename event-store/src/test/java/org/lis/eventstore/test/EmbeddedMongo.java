package org.lis.eventstore.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.lis.localmongo.LocalMemoryBackend;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One MongoDB for a test JVM: mongo-java-server with the local stack's backend ({@link LocalMemoryBackend}, what
 * the services run on locally) on a random port, started on first use, or the
 * server named by the environment variable {@code MONGODB_URI}. Tests isolate themselves by database name.
 */
public final class EmbeddedMongo {

    private static final AtomicInteger databases = new AtomicInteger();
    private static String uri;
    private static MongoClient client;

    private EmbeddedMongo() {
    }

    /** The connection string of the server, starting the embedded one if needed. */
    public static synchronized String uri() {
        if (uri == null) {
            String external = System.getenv("MONGODB_URI");
            if (external != null && !external.isBlank()) {
                uri = external;
            } else {
                MongoServer server = new MongoServer(new LocalMemoryBackend());
                uri = server.bindAndGetConnectionString();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-shutdown"));
            }
        }
        return uri;
    }

    /** A client shared by the tests of this JVM; do not close it. */
    public static synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(uri());
        }
        return client;
    }

    /** A client of its own, e.g. for a second "node"; the caller closes it. */
    public static MongoClient newClient() {
        return MongoClients.create(uri());
    }

    /** A database name no other test of this JVM (or of an earlier run against a real server) uses. */
    public static String freshDatabaseName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + databases.incrementAndGet();
    }
}
