package org.lis.support.test;

import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoDatabase;

/** A test of code that works on a database directly, such as a projection: each test has a fresh database. */
public abstract class DatabaseTestBase {

    @RegisterExtension
    protected final FreshDatabase fresh = new FreshDatabase();
    protected final MongoDatabase database = fresh.database();
}
