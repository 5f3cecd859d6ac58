package org.lis.workshop;

import java.util.UUID;

import org.lis.support.test.MongoTestServer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/** A fresh database on the embedded test server, for projection tests that call handlers directly. */
public final class TestDatabases {

    private static MongoClient client;

    private TestDatabases() {
    }

    public static synchronized MongoDatabase fresh() {
        if (client == null) {
            client = MongoClients.create(MongoTestServer.uri());
        }
        return client.getDatabase("projection-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
