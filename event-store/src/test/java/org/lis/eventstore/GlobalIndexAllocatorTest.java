package org.lis.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.test.EmbeddedMongo;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalIndexAllocatorTest {

    private static final int WRITERS = 8;
    private static final int RESERVATIONS_EACH = 300;

    @Test
    void theFirstReservationStartsAtOneAndTheNextFollowsOn() {
        GlobalIndexAllocator allocator = allocator("allocator-sequence");

        assertThat(allocator.highestReserved()).isZero();
        assertThat(allocator.reserve(3)).isEqualTo(1);
        assertThat(allocator.reserve(1)).isEqualTo(4);
        assertThat(allocator.reserve(2)).isEqualTo(5);
        assertThat(allocator.highestReserved()).isEqualTo(6);
    }

    @Test
    void concurrentWritersAreHandedEveryIndexExactlyOnce() throws Exception {
        GlobalIndexAllocator allocator = allocator("allocator-race");
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        try {
            List<CompletableFuture<List<Long>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int size = 1 + w % 3;
                writers.add(CompletableFuture.supplyAsync(() -> reserveMany(allocator, size), threads));
            }
            List<Long> handedOut = new ArrayList<>();
            for (CompletableFuture<List<Long>> writer : writers) {
                handedOut.addAll(writer.get());
            }

            long total = allocator.highestReserved();
            // no index given twice, and none skipped: a skipped index is a gap readers wait for
            assertThat(handedOut).doesNotHaveDuplicates();
            assertThat(handedOut).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Long> reserveMany(GlobalIndexAllocator allocator, int size) {
        List<Long> indexes = new ArrayList<>();
        for (int i = 0; i < RESERVATIONS_EACH; i++) {
            long first = allocator.reserve(size);
            LongStream.range(first, first + size).forEach(indexes::add);
        }
        return indexes;
    }

    private static GlobalIndexAllocator allocator(String name) {
        return new GlobalIndexAllocator(TestStore.database(EmbeddedMongo.freshDatabaseName(name))
                .getCollection(MongoEventStorageEngine.COUNTERS_COLLECTION, Document.class));
    }
}
