package org.lis.support.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.bulk.BulkWriteError;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-model writes of one unit of work, by collection in the order they were made, sent as one ordered bulk
 * write a collection when the batch of events is done. Each write still runs on its own on the server, in order,
 * so a conditional update sees the writes before it exactly as if they had been sent one by one.
 */
final class PendingWrites {

    private static final String RESOURCE = PendingWrites.class.getName();
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);

    private final Map<MongoNamespace, Queue> queues = new LinkedHashMap<>();

    /** A collection's waiting writes, and which of them are inserts that a document with the same id makes void. */
    private record Queue(MongoCollection<Document> collection, List<WriteModel<Document>> writes,
                         List<Integer> ifAbsent) {
    }

    /** The writes of the unit of work in progress on this thread, if any. */
    static PendingWrites ofCurrentUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(RESOURCE, key -> {
            PendingWrites pending = new PendingWrites();
            // a safety net when no FlushAtBatchEnd runs (a processor configured by hand): the interceptor flushes
            // first, before the processor stores its token, so this finds nothing left in the usual case
            unitOfWork.onPrepareCommit(u -> pending.flush());
            return pending;
        });
    }

    /** The writes waiting in the unit of work in progress, without creating them. */
    static PendingWrites waitingIn(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getResource(RESOURCE);
    }

    /** {@code ifAbsent}: the write is an insert that changes nothing when a document with its id is there already. */
    void add(MongoCollection<Document> collection, WriteModel<Document> write, boolean ifAbsent) {
        Queue queue = queues.computeIfAbsent(collection.getNamespace(),
                namespace -> new Queue(collection, new ArrayList<>(), new ArrayList<>()));
        if (ifAbsent) {
            queue.ifAbsent().add(queue.writes().size());
        }
        queue.writes().add(write);
    }

    /** Sends every waiting write, one bulk write a collection; nothing is left waiting afterwards. */
    void flush() {
        List<Queue> due = new ArrayList<>(queues.values());
        queues.clear();
        for (Queue queue : due) {
            send(queue.collection(), queue.writes(), queue.ifAbsent());
        }
    }

    /**
     * Sends the writes as one ordered bulk write. The server stops at the first write it refuses; when that is one of
     * the inserts {@code ifAbsent} lists (by position) refused for its id, the document is there already and the
     * writes after it are sent on.
     */
    static void send(MongoCollection<Document> collection, List<WriteModel<Document>> writes,
                     Collection<Integer> ifAbsent) {
        int from = 0;
        while (from < writes.size()) {
            try {
                collection.bulkWrite(writes.subList(from, writes.size()), IN_ORDER);
                return;
            } catch (MongoBulkWriteException e) {
                BulkWriteError first = e.getWriteErrors().get(0);
                int refused = from + first.getIndex();
                if (!ifAbsent.contains(refused) || !sameId(first)) {
                    throw e;
                }
                from = refused + 1;
            }
        }
    }

    /** MongoDB and the embedded server both name the index in the message: "... index: _id_ dup key: ...". */
    private static boolean sameId(BulkWriteError error) {
        return error.getCategory() == ErrorCategory.DUPLICATE_KEY && error.getMessage().contains("index: _id_ ");
    }
}
