package org.lis.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Gives an append's documents their global indexes and inserts them. The counter hands each index out once
 * ({@link GlobalIndexAllocator}); the unique {@code _id} is what guarantees it whatever the server: an insert that
 * collides on {@code _id} is given fresh indexes and tried again, and the indexes it lost become gaps that readers
 * stop waiting for after the gap timeout.
 */
class EventAppender {

    private static final Logger logger = LoggerFactory.getLogger(EventAppender.class);
    private static final int MAX_ATTEMPTS = 20;

    private final MongoCollection<Document> events;
    private final GlobalIndexAllocator allocator;
    private final AppendTransactions transactions;

    EventAppender(MongoCollection<Document> events, GlobalIndexAllocator allocator, AppendTransactions transactions) {
        this.events = events;
        this.allocator = allocator;
        this.transactions = transactions;
    }

    /** Inserts the documents (their {@code _id} is overwritten with the reserved indexes), in their order. */
    void append(List<Document> documents) {
        List<Document> pending = documents;
        for (int attempt = 1; ; attempt++) {
            long first = allocator.reserve(pending.size());
            for (int i = 0; i < pending.size(); i++) {
                pending.get(i).put(EventDocumentMapper.ID, first + i);
            }
            try {
                transactions.insert(events, pending);
                return;
            } catch (MongoBulkWriteException e) {
                BulkWriteError error = e.getWriteErrors().get(0);
                if (!isIndexClash(error) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                // only a batch of several fails in bulk; without a transaction, its ordered insert stopped at the
                // failed document and those before it are stored
                pending = transactions.usesTransactions() ? pending : pending.subList(error.getIndex(), pending.size());
            } catch (MongoWriteException e) {
                if (!isIndexClash(e.getError()) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
            logger.debug("Global index {} was taken by another writer; reserving again (attempt {})", first, attempt + 1);
        }
    }

    private static boolean isIndexClash(WriteError error) {
        // MongoDB names the clashing key in the details; the embedded server only in the message
        if (error.getDetails().containsKey("keyPattern")) {
            return error.getDetails().getDocument("keyPattern").containsKey(EventDocumentMapper.ID);
        }
        return error.getMessage() != null && error.getMessage().contains("index: _id_ ");
    }
}
