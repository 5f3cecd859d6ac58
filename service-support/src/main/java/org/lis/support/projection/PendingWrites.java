package org.lis.support.projection;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
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

    private record Queue(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
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

    void add(MongoCollection<Document> collection, WriteModel<Document> write) {
        queues.computeIfAbsent(collection.getNamespace(), namespace -> new Queue(collection, new ArrayList<>()))
                .writes().add(write);
    }

    /** Sends every waiting write, one bulk write a collection; nothing is left waiting afterwards. */
    void flush() {
        List<Queue> due = new ArrayList<>(queues.values());
        queues.clear();
        for (Queue queue : due) {
            if (!queue.writes().isEmpty()) {
                queue.collection().bulkWrite(queue.writes(), IN_ORDER);
            }
        }
    }
}
