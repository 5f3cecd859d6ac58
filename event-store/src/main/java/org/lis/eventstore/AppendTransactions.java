package org.lis.eventstore;

import com.mongodb.MongoException;
import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.connection.ClusterType;
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
                session.withTransaction(() -> events.insertMany(session, documents),
                        TransactionOptions.builder().writeConcern(database.getWriteConcern()).build());
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
            // after one round trip the driver knows what it is connected to
            database.runCommand(new Document("ping", 1));
            ClusterType type = client.getClusterDescription().getType();
            return type == ClusterType.REPLICA_SET || type == ClusterType.SHARDED;
        } catch (MongoException e) {
            logger.warn("Could not learn whether the server supports transactions; appending without them", e);
            return false;
        }
    }
}
