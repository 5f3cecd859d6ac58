package org.lis.support.test;

import java.util.UUID;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * A database of its own on the {@link MongoTestServer} for each test, dropped after the test: for tests
 * that call projections and stores directly. Registered as an instance field, it is made anew for every
 * test, and the fields after it can use it:
 *
 * <pre>
 * &#64;RegisterExtension
 * final FreshDatabase fresh = new FreshDatabase();
 * private final MongoDatabase database = fresh.database();
 * </pre>
 *
 * {@link DatabaseTestBase} declares exactly that; tests on the reactive driver use {@link #reactiveDatabase()}.
 */
public final class FreshDatabase implements AfterEachCallback {

    private static volatile MongoClient client;
    private static volatile com.mongodb.reactivestreams.client.MongoClient reactiveClient;

    private final String name = "fresh-" + UUID.randomUUID();

    /** The test's database. */
    public MongoDatabase database() {
        return client().getDatabase(name);
    }

    /** The same database, for code written against the reactive driver. */
    public com.mongodb.reactivestreams.client.MongoDatabase reactiveDatabase() {
        return reactiveClient().getDatabase(name);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        database().drop();
    }

    // one client of each kind per JVM, left open like the server itself
    private static MongoClient client() {
        if (client == null) {
            synchronized (FreshDatabase.class) {
                if (client == null) {
                    client = MongoClients.create(MongoTestServer.uri());
                }
            }
        }
        return client;
    }

    private static com.mongodb.reactivestreams.client.MongoClient reactiveClient() {
        if (reactiveClient == null) {
            synchronized (FreshDatabase.class) {
                if (reactiveClient == null) {
                    reactiveClient = com.mongodb.reactivestreams.client.MongoClients.create(MongoTestServer.uri());
                }
            }
        }
        return reactiveClient;
    }
}
