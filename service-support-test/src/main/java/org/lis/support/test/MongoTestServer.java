package org.lis.support.test;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.lis.localmongo.LocalMemoryBackend;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MongoDB-wire server of the tests: one in-memory mongo-java-server per JVM, with the backend the local stack
 * keeps its data in ({@link LocalMemoryBackend}, without its journal), on a random port, started on first use and left to die with the JVM (stopping it in a shutdown hook would
 * race the Spring contexts' own shutdown, whose processors would then retry a dead server); or, when the environment sets
 * {@code MONGODB_URI}, that real MongoDB instead. Each {@link #register} call hands the Spring
 * context being built databases of its own, so contexts (and test classes) never see each
 * other's events, tokens or read models.
 *
 * <pre>
 * &#64;DynamicPropertySource
 * static void mongo(DynamicPropertyRegistry registry) { MongoTestServer.register(registry); }
 * </pre>
 */
public final class MongoTestServer {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static volatile String uri;

    private MongoTestServer() {
    }

    /** The connection string of the server, starting it if needed. */
    public static String uri() {
        if (uri == null) {
            synchronized (MongoTestServer.class) {
                if (uri == null) {
                    uri = start();
                }
            }
        }
        return uri;
    }

    /**
     * Points {@code lis.mongodb.uri} at the server and sets fresh {@code lis.mongodb.database} and
     * {@code lis.mongodb.event-database} names, unique per call.
     *
     * @return the prefix of the database names, for tests that look into the databases directly
     */
    public static String register(DynamicPropertyRegistry registry) {
        String prefix = "t" + CONTEXTS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String connection = uri();
        registry.add("lis.mongodb.uri", () -> connection);
        registry.add("lis.mongodb.database", () -> serviceDatabase(prefix));
        registry.add("lis.mongodb.event-database", () -> eventDatabase(prefix));
        // a test JVM has no clients to drain: graceful shutdown only waits out a stray connection for 30 s
        registry.add("server.shutdown", () -> "immediate");
        return prefix;
    }

    /** The service database {@link #register} chose: {@code <prefix>-service}. */
    public static String serviceDatabase(String prefix) {
        return prefix + "-service";
    }

    /** The event database {@link #register} chose: {@code <prefix>-events}. */
    public static String eventDatabase(String prefix) {
        return prefix + "-events";
    }

    private static String start() {
        String external = System.getenv("MONGODB_URI");
        if (external != null && !external.isBlank()) {
            return external;
        }
        MongoServer server = new MongoServer(new LocalMemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort();
    }
}
