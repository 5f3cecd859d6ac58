package org.lis.benchmark;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.lis.localmongo.LocalMemoryBackend;
import org.lis.support.mongo.DirectDocumentCodec;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

/**
 * What the embedded server costs for a replay's kinds of request, with mongo-java-server's own in-memory backend
 * and with {@link LocalMemoryBackend} (the local stack's and the tests'), server and client in this JVM, through the
 * driver with the services' codec. Each round, on each backend:
 * <ul>
 *   <li><b>insert</b>: {@code bench.documents} (20,000) of the partner list's registrations into an empty
 *   collection, in ordered batches of {@code bench.batch} (100), as the partner list's replay writes them;</li>
 *   <li><b>read</b>: the same documents stored under whole-number ids, read back by {@code {_id: {$in: [...]}}}
 *   of {@code bench.batch} ids in ascending order, as the event store reads events;</li>
 *   <li><b>update</b>: {@code bench.pushes} (2) activities pushed onto each of the inserted partners' history, as the
 *   partner list records them, in batches of {@code bench.batch}; then the heap the stored partners hold (used
 *   heap after a collection, less what it is once they are dropped), a document.</li>
 * </ul>
 * The two backends take turns, round after round; the figures are medians of the rounds after the first
 * {@code bench.warmup} (5) of {@code bench.warmup} + {@code bench.rounds} (20): wall time, and the CPU time and bytes
 * allocated of the whole JVM (client, driver and server) a document.
 */
public final class EmbeddedServerBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 20_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 100);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int PUSHES = Integer.getInteger("bench.pushes", 2);
    private static final String[] KINDS = {"insert", "read by $in of ids", "update (an activity pushed)"};

    private EmbeddedServerBenchmark() {
    }

    public static void main(String[] args) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(PartnerDocuments.registered(i));
        }
        try (Target plain = new Target(new MemoryBackend()); Target local = new Target(new LocalMemoryBackend())) {
            double[][][] plainRounds = new double[KINDS.length][4][ROUNDS];
            double[][][] localRounds = new double[KINDS.length][4][ROUNDS];
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                // the order within a round alternates too, so neither backend always runs on the other's garbage
                boolean plainFirst = round % 2 == 0;
                double[][] first = (plainFirst ? plain : local).round(documents, round);
                double[][] second = (plainFirst ? local : plain).round(documents, round);
                if (round >= WARMUP) {
                    for (int kind = 0; kind < KINDS.length; kind++) {
                        for (int figure = 0; figure < 4; figure++) {
                            plainRounds[kind][figure][round - WARMUP] = (plainFirst ? first : second)[kind][figure];
                            localRounds[kind][figure][round - WARMUP] = (plainFirst ? second : first)[kind][figure];
                        }
                    }
                }
            }
            System.out.printf("SERVER %d partner documents a round, %d a request, medians of %d rounds%n", DOCUMENTS,
                    BATCH, ROUNDS);
            for (int kind = 0; kind < KINDS.length; kind++) {
                print(KINDS[kind], "mongo-java-server's MemoryBackend", plainRounds[kind]);
                print(KINDS[kind], "LocalMemoryBackend", localRounds[kind]);
                System.out.printf("SERVER %s: LocalMemoryBackend takes %.2f times the wall time, %.2f times the CPU"
                                + " (%.2f times the server's threads') and %.2f times the allocation%n", KINDS[kind],
                        Medians.of(localRounds[kind][0]) / Medians.of(plainRounds[kind][0]),
                        Medians.of(localRounds[kind][1]) / Medians.of(plainRounds[kind][1]),
                        Medians.of(localRounds[kind][3]) / Medians.of(plainRounds[kind][3]),
                        Medians.of(localRounds[kind][2]) / Medians.of(plainRounds[kind][2]));
            }
            double plainHeld = Medians.of(plain.held());
            double localHeld = Medians.of(local.held());
            System.out.printf("SERVER heap held by the updated partners, a document: mongo-java-server's MemoryBackend"
                    + " %.0f bytes, LocalMemoryBackend %.0f bytes (%.2f times)%n", plainHeld, localHeld,
                    localHeld / plainHeld);
        }
    }

    private static void print(String kind, String name, double[][] rounds) {
        System.out.printf("SERVER %s, %s: %.0f ms a round; a document %.1f us of CPU (the server's threads %.1f) and"
                + " %.0f bytes allocated%n", kind, name, Medians.of(rounds[0]), Medians.of(rounds[1]),
                Medians.of(rounds[3]), Medians.of(rounds[2]));
    }

    /** A server on one backend and a client of it. */
    private static final class Target implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;
        /** The heap the updated partners held, a document, in each measured round. */
        private final double[] held = new double[ROUNDS];

        Target(MongoBackend backend) {
            server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new com.mongodb.ConnectionString(
                            "mongodb://127.0.0.1:" + server.getLocalAddress().getPort()))
                    .codecRegistry(DirectDocumentCodec.registry()).build());
        }

        /** Both kinds' figures for one round, into a new database that is dropped after. */
        double[][] round(List<Document> documents, int round) {
            var database = client.getDatabase("round-" + round);
            try {
                MongoCollection<Document> partners = database.getCollection("partners");
                double[] inserted = measure(documents.size(), () -> {
                    for (int from = 0; from < documents.size(); from += BATCH) {
                        partners.insertMany(copies(documents, from, i -> "partner-" + i));
                    }
                });
                if (partners.countDocuments() != documents.size()) {
                    throw new IllegalStateException("not every document was stored");
                }
                MongoCollection<Document> events = database.getCollection("events");
                for (int from = 0; from < documents.size(); from += BATCH) {
                    events.insertMany(copies(documents, from, i -> i + 1L));
                }
                long[] read = {0};
                double[] reads = measure(documents.size(), () -> {
                    for (long from = 1; from <= documents.size(); from += BATCH) {
                        List<Long> ids = LongStream.range(from, Math.min(from + BATCH, documents.size() + 1L))
                                .boxed().toList();
                        for (Document event : events.find(Filters.in("_id", ids)).sort(Sorts.ascending("_id"))) {
                            read[0] += event.size() > 0 ? 1 : 0;
                        }
                    }
                });
                if (read[0] != documents.size()) {
                    throw new IllegalStateException("read " + read[0] + " of " + documents.size() + " documents");
                }
                double[] updates = measure(documents.size() * PUSHES, () -> {
                    for (int seq = 1; seq <= PUSHES; seq++) {
                        for (int from = 0; from < documents.size(); from += BATCH) {
                            partners.bulkWrite(activities(from, Math.min(from + BATCH, documents.size()), seq));
                        }
                    }
                });
                long pushed = partners.countDocuments(Filters.size("history", PUSHES + 1));
                if (pushed != documents.size()) {
                    throw new IllegalStateException(pushed + " of " + documents.size() + " partners updated");
                }
                events.drop();
                long withPartners = heapAfterCollection();
                partners.drop();
                if (round >= WARMUP) {
                    held[round - WARMUP] = (withPartners - heapAfterCollection()) / (double) documents.size();
                }
                return new double[][]{inserted, reads, updates};
            } finally {
                database.drop();
            }
        }

        double[] held() {
            return held;
        }

        /**
         * The partner list's update for an activity, one a partner of the batch: its entry pushed onto the history.
         * Named by the id alone: the plain backend would read every partner for the projection's guard on the version.
         */
        private static List<UpdateOneModel<Document>> activities(int from, int to, int seq) {
            List<UpdateOneModel<Document>> updates = new ArrayList<>();
            for (int i = from; i < to; i++) {
                updates.add(new UpdateOneModel<>(
                        Filters.eq("_id", "partner-" + i),
                        Updates.combine(Updates.set("version", (long) seq), Updates.push("history",
                                PartnerDocuments.activity(i, seq)))));
            }
            return updates;
        }

        /** Copies of a batch's documents (each server is sent its own), their ids made from their positions. */
        private static List<Document> copies(List<Document> documents, int from, IntFunction<Object> id) {
            List<Document> batch = new ArrayList<>();
            for (int i = from; i < Math.min(from + BATCH, documents.size()); i++) {
                batch.add(new Document(documents.get(i)).append("_id", id.apply(i)));
            }
            return batch;
        }

        /**
         * Milliseconds; and a document: CPU microseconds of the JVM (collector included), bytes allocated, and CPU
         * microseconds of the server's threads alone (what differs between the backends).
         */
        private static double[] measure(int documents, Runnable work) {
            long cpuBefore = cpuNanos();
            long serverBefore = serverCpuNanos();
            long allocatedBefore = allocatedBytes();
            long start = System.nanoTime();
            work.run();
            return new double[]{(System.nanoTime() - start) / 1e6, (cpuNanos() - cpuBefore) / 1e3 / documents,
                    (allocatedBytes() - allocatedBefore) / (double) documents,
                    (serverCpuNanos() - serverBefore) / 1e3 / documents};
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }

    /** The heap used once a collection has run (twice: the second finds what the first's finalisation freed). */
    private static long heapAfterCollection() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time so far of the server's threads (mongo-java-server names them {@code mongo-server-...}). */
    private static long serverCpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (var thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("mongo-server")) {
                total += Math.max(threads.getThreadCpuTime(thread.getThreadId()), 0);
            }
        }
        return total;
    }

    /** Bytes allocated so far by every live thread of the JVM (the server's and the driver's threads among them). */
    private static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(allocated, 0);
        }
        return total;
    }
}
