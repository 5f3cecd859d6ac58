package org.lis.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Inserts one append's documents, in a transaction when the {@link TransactionMode} and the server allow it, so
 * that a batch becomes visible all at once; otherwise as one ordered insert.
 */
class AppendTransactions {

    private static final Logger logger = LoggerFactory.getLogger(AppendTransactions.class);

    private final MongoClient client;
    private final MongoDatabase database;
    private final TransactionMode mode;
    private volatile Boolean useTransactions;

    AppendTransactions(MongoClient client, MongoDatabase database, TransactionMode mode) {
        this.client = client;
        this.database = database;
        this.mode = mode;
    }

    void insert(MongoCollection<Document> events, List<Document> documents) {
        if (documents.size() > 1 && usesTransactions()) {
            try (ClientSession session = client.startSession()) {
                session.withTransaction(() -> events.insertMany(session, documents));
            }
        } else if (documents.size() == 1) {
            // a single document insert is atomic on its own: no transaction needed
            events.insertOne(documents.get(0));
        } else {
            events.insertMany(documents, new InsertManyOptions().ordered(true));
        }
    }

    boolean usesTransactions() {
        Boolean decided = useTransactions;
        if (decided == null) {
            decided = switch (mode) {
                case ON -> true;
                case OFF -> false;
                case AUTO -> serverSupportsTransactions();
            };
            useTransactions = decided;
            logger.info("Event appends {} transactions (mode {})", decided ? "use" : "do not use", mode);
        }
        return decided;
    }

    private boolean serverSupportsTransactions() {
        try {
            Document hello = database.runCommand(new Document("hello", 1));
            // a replica set member names its set; a mongos answers "isdbgrid"; a standalone server does neither
            return hello.containsKey("setName") || "isdbgrid".equals(hello.getString("msg"));
        } catch (MongoException e) {
            logger.warn("Could not ask the server whether it supports transactions; appending without them", e);
            return false;
        }
    }
}
